import type { ApiDiff } from './api-change.js';
import { summarizeChanges } from './api-change.js';
import type { ApiSurface } from './api-surface.js';
import { readApiSurface } from './api-surface.js';
import { diffOperations } from './diff-operations.js';
import { diffTypes } from './diff-types.js';

/** Compares two API surfaces: every change, classified, with the semver bump they call for. */
export function diffSurfaces(before: ApiSurface, after: ApiSurface): ApiDiff {
  return summarizeChanges([...diffTypes(before, after), ...diffOperations(before, after)]);
}

/** Compares two OpenAPI documents (two packages' `openapi.json`), or says which one is not one. */
export function diffOpenApiDocuments(before: unknown, after: unknown): ApiDiff | { readonly error: string } {
  const old = readApiSurface(before);
  if ('error' in old) return { error: `old: ${old.error}` };
  const next = readApiSurface(after);
  if ('error' in next) return { error: `new: ${next.error}` };
  return diffSurfaces(old, next);
}
