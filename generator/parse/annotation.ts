import type { Html } from 'mdast';
import type { Diagnostic } from '../model/index.js';
import { diagnostic } from '../model/index.js';
import { readJsonBody } from './json-body.js';
import { placeOf } from './place.js';

export interface Annotation {
  readonly data: Readonly<Record<string, unknown>>;
  readonly node: Html;
}

export interface AnnotationResult {
  readonly annotation: Annotation | undefined;
  readonly diagnostics: readonly Diagnostic[];
}

/**
 * ApiDoctor annotations: an HTML comment holding a JSON object (`<!-- { "blockType": "request" } -->`)
 * that says what the next code block is. Other HTML comments are not annotations.
 */
export function readAnnotation(file: string, node: Html): AnnotationResult {
  const inner = /^<!--([\s\S]*?)-->\s*$/.exec(node.value.trim())?.[1]?.trim();
  if (inner === undefined || !inner.startsWith('{')) return { annotation: undefined, diagnostics: [] };
  const place = placeOf(file, node);
  const { body, error } = readJsonBody(inner, place);
  const problems = error !== undefined ? [diagnostic('annotation-parse-error', place, { reason: error })] : [];
  if (body.value === null || typeof body.value !== 'object' || Array.isArray(body.value)) {
    return { annotation: undefined, diagnostics: problems.length > 0 ? problems : [diagnostic('annotation-parse-error', place, { reason: 'not a JSON object' })] };
  }
  // A trailing comma or a comment (itemactivitystat.md's `"@type": "…",}`) is still reported,
  // but the annotation is read as a reader would read it: it still states the base and type.
  return { annotation: { data: withODataType(body.value as Record<string, unknown>), node }, diagnostics: problems };
}

/**
 * OneDrive pages write `"@type"` for `"@odata.type"` in resource annotations (itemanalytics.md,
 * itemactivitystat.md, 25 v1.0 pages): the same statement, read as `@odata.type` when that is absent.
 */
function withODataType(data: Record<string, unknown>): Record<string, unknown> {
  return typeof data['@type'] === 'string' && data['@odata.type'] === undefined ? { ...data, '@odata.type': data['@type'] } : data;
}
