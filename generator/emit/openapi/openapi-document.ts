import type { ApiModel, TypeId } from '../../model/index.js';
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

/** The whole OpenAPI 3.1 document as plain JSON data: schemas keyed by Graph id, paths sorted. */
export function buildOpenApiDocument(model: ApiModel, names: Names, options: OpenApiOptions): Schema {
  const known = new Set<TypeId>([...model.objects.map((o) => o.id), ...model.enums.map((e) => e.id)]);
  const descendants = descendantsByType(model.objects);
  const schemas = sortedRecord<Schema>([
    ...model.objects.map((o) => [o.id, objectSchema(o, known, descendants.get(o.id) ?? [])] as const),
    ...model.enums.map((e) => [e.id, enumSchema(e)] as const),
  ]);
  return {
    openapi: '3.1.0',
    info: { title: options.title, version: options.version },
    servers: [{ url: DEFAULT_BASE_URL }],
    paths: pathsObject(model.operations, names, known),
    components: { schemas, securitySchemes: securitySchemes(model.operations) },
  };
}
