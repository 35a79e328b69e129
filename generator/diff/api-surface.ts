import type { JsonObject } from './schema-text.js';
import { isJsonObject, refName, schemaText } from './schema-text.js';

export interface SurfaceProperty {
  readonly type: string;
  readonly required: boolean;
  readonly description: string | undefined;
}

/** A component schema as a consumer sees it: an object type with its own properties, an enum, or any other shape. */
export type SurfaceType =
  | { readonly kind: 'object'; readonly base: string | undefined; readonly properties: ReadonlyMap<string, SurfaceProperty>; readonly description: string | undefined }
  | { readonly kind: 'enum'; readonly members: readonly string[]; readonly description: string | undefined }
  | { readonly kind: 'other'; readonly shape: string; readonly description: string | undefined };

export interface SurfaceOperation {
  /** `POST /users/{}/messages`: method and path with placeholder names dropped, so renaming `{id}` is not a new operation. */
  readonly key: string;
  readonly path: string;
  /** The request function's name (md2ts sets `operationId` to it). */
  readonly operationId: string | undefined;
  readonly parameters: readonly string[];
  readonly requestBody: string | undefined;
  /** Status → what the body is (`no content` when none). */
  readonly responses: ReadonlyMap<string, string>;
  /** The permissions the docs list, as one canonical text. */
  readonly permissions: string;
  readonly summary: string | undefined;
  readonly description: string | undefined;
}

/** The parts of a package's `openapi.json` its consumers depend on, keyed for comparing. */
export interface ApiSurface {
  readonly types: ReadonlyMap<string, SurfaceType>;
  readonly operations: ReadonlyMap<string, SurfaceOperation>;
}

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;

const text = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);

function objectPart(schema: JsonObject): { base: string | undefined; own: JsonObject } | undefined {
  if (Array.isArray(schema['allOf'])) {
    const base = schema['allOf'].map((part) => (isJsonObject(part) ? refName(part['$ref']) : undefined)).find((name) => name !== undefined);
    const own = schema['allOf'].find((part): part is JsonObject => isJsonObject(part) && part['$ref'] === undefined) ?? {};
    return base === undefined ? undefined : { base, own };
  }
  return schema['type'] === 'object' ? { base: undefined, own: schema } : undefined;
}

/** One component schema read as an object type, an enum or another shape. */
export function readSurfaceType(schema: JsonObject): SurfaceType {
  const description = text(schema['description']);
  const object = objectPart(schema);
  if (object !== undefined) {
    const declared = isJsonObject(object.own['properties']) ? object.own['properties'] : {};
    const required = new Set(Array.isArray(object.own['required']) ? object.own['required'].map(String) : []);
    const properties = new Map<string, SurfaceProperty>();
    for (const [name, property] of Object.entries(declared)) {
      // `@odata.type` is control information every root declares, not a property of the API.
      if (name === '@odata.type') continue;
      properties.set(name, { type: schemaText(property), required: required.has(name), description: isJsonObject(property) ? text(property['description']) : undefined });
    }
    return { kind: 'object', base: object.base, properties, description };
  }
  if (Array.isArray(schema['enum']) && schema['enum'].every((member) => typeof member === 'string')) return { kind: 'enum', members: schema['enum'] as string[], description };
  return { kind: 'other', shape: schemaText(schema), description };
}

function bodyText(content: unknown): string {
  if (!isJsonObject(content)) return 'no content';
  const media = Object.keys(content).sort();
  if (media.length === 0) return 'no content';
  return media.map((type) => `${schemaText(isJsonObject(content[type]) ? content[type]['schema'] : undefined)}${type === 'application/json' ? '' : ` (${type})`}`).join(', ');
}

function readOperation(method: string, path: string, operation: JsonObject): SurfaceOperation {
  const parameters = (Array.isArray(operation['parameters']) ? operation['parameters'] : []).filter(isJsonObject).map((p) => `${String(p['in'])} ${String(p['name'])}${p['required'] === true ? '' : '?'}`);
  const responses = new Map<string, string>();
  const documented = isJsonObject(operation['responses']) ? operation['responses'] : {};
  for (const status of Object.keys(documented).sort()) {
    const response = documented[status];
    responses.set(status, bodyText(isJsonObject(response) ? response['content'] : undefined));
  }
  const requestBody = isJsonObject(operation['requestBody']) ? bodyText(operation['requestBody']['content']) : undefined;
  return {
    key: `${method.toUpperCase()} ${path.replace(/\{[^}]*\}/g, '{}')}`,
    path,
    operationId: text(operation['operationId']),
    parameters,
    requestBody,
    responses,
    permissions: JSON.stringify({ security: operation['security'] ?? [], permissions: operation['x-permissions'] ?? [] }),
    summary: text(operation['summary']),
    description: text(operation['description']),
  };
}

/**
 * Reads an OpenAPI document (a generated package's `openapi.json`) into its surface, or says
 * why it is not one. Operations in `x-duplicate-operations` are not part of the surface: the
 * package has no request function for them either.
 */
export function readApiSurface(document: unknown): ApiSurface | { readonly error: string } {
  if (!isJsonObject(document) || typeof document['openapi'] !== 'string') return { error: 'not an OpenAPI document (no "openapi" version field)' };
  const components = isJsonObject(document['components']) ? document['components'] : {};
  const schemas = isJsonObject(components['schemas']) ? components['schemas'] : {};
  const types = new Map<string, SurfaceType>();
  for (const [name, schema] of Object.entries(schemas)) types.set(name, readSurfaceType(isJsonObject(schema) ? schema : {}));
  const operations = new Map<string, SurfaceOperation>();
  const paths = isJsonObject(document['paths']) ? document['paths'] : {};
  for (const [path, item] of Object.entries(paths)) {
    if (!isJsonObject(item)) continue;
    for (const method of METHODS) {
      const operation = item[method];
      if (!isJsonObject(operation)) continue;
      const read = readOperation(method, path, operation);
      if (!operations.has(read.key)) operations.set(read.key, read);
    }
  }
  return { types, operations };
}
