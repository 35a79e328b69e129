import type { ApiModel, TypeId } from '../../model/index.js';
import type { EmitMemo } from '../emit-memo.js';
import { NO_EMIT_MEMO } from '../emit-memo.js';
import type { Names } from '../naming/assign-names.js';
import { DEFAULT_BASE_URL } from '../typescript/operations.js';
import { enumSchema } from './enum-schema.js';
import { descendantsByType, objectSchema } from './object-schema.js';
import { pathsObject } from './paths.js';
import { sortedRecord, type Schema } from './schema.js';
import { securitySchemes } from './security.js';

export interface OpenApiOptions {
  readonly title: string;
  readonly version: string;
}

/**
 * The whole OpenAPI 3.1 document as plain JSON data: schemas keyed by Graph id, paths sorted.
 * A watch session's `memo` gives back last run's schema or operation object where what it is
 * made from is unchanged (the same objects: `shareUnchanged`, `sharedNames`).
 */
export function buildOpenApiDocument(model: ApiModel, names: Names, options: OpenApiOptions, memo: EmitMemo = NO_EMIT_MEMO): Schema {
  const known = memo.keep('openapi-known-types', new Set<TypeId>([...model.objects.map((o) => o.id), ...model.enums.map((e) => e.id)]), sameSet);
  const descendants = descendantsByType(model.objects);
  const objectSchemaOf = memo.remember(objectSchema);
  const enumSchemaOf = memo.remember(enumSchema);
  const schemas = sortedRecord<Schema>([
    ...model.objects.map((o) => [o.id, objectSchemaOf(o, known, descendants.get(o.id) ?? [])] as const),
    ...model.enums.map((e) => [e.id, enumSchemaOf(e)] as const),
  ]);
  return {
    openapi: '3.1.0',
    info: { title: options.title, version: options.version },
    servers: [{ url: DEFAULT_BASE_URL }],
    // Whole, while no operation changed (`shareUnchanged` then gives last run's list back).
    paths: memo.remember(pathsObject)(model.operations, names, known, memo),
    components: { schemas, securitySchemes: memo.remember(securitySchemes)(model.operations) },
  };
}

/** `previous` where it holds the same ids as `next`, else `next`. */
function sameSet(previous: ReadonlySet<TypeId>, next: ReadonlySet<TypeId>): ReadonlySet<TypeId> {
  if (previous.size !== next.size) return next;
  for (const id of next) if (!previous.has(id)) return next;
  return previous;
}
