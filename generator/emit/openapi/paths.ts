import type { Operation, QueryParameter, TypeId, TypeRef } from '../../model/index.js';
import type { EmitMemo } from '../emit-memo.js';
import { NO_EMIT_MEMO } from '../emit-memo.js';
import type { Names } from '../naming/assign-names.js';
import { pathShape, placeholderNames, uniquePlaceholders, withPlaceholderNames } from './path-template.js';
import { schemaForTypeRef } from './schema-for-type-ref.js';
import { defined, sortedRecord, sourceOf, type Schema } from './schema.js';
import { operationSecurity } from './security.js';

/** The methods a path item may hold, in the order the specification lists them. */
const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;

const STATUS_TEXT: Readonly<Record<number, string>> = {
  200: 'OK',
  201: 'Created',
  202: 'Accepted',
  204: 'No Content',
  206: 'Partial Content',
  207: 'Multi-Status',
  302: 'Found',
};

const isStream = (ref: TypeRef): boolean => ref.kind === 'primitive' && ref.name === 'Stream';

/** `Stream` bodies (`$value`, `/content`) are bytes; everything else is JSON. */
function content(ref: TypeRef, schema: Schema): Schema {
  return { [isStream(ref) ? 'application/octet-stream' : 'application/json']: { schema } };
}

/** The service wraps a collection result as `{ value: [...], @odata.nextLink }` and pages it. */
function responseSchema(ref: TypeRef, known: ReadonlySet<TypeId>): Schema {
  if (ref.kind !== 'collection') return schemaForTypeRef(ref, known);
  return {
    type: 'object',
    properties: { value: schemaForTypeRef(ref, known), '@odata.nextLink': { type: 'string', format: 'uri' } },
    required: ['value'],
  };
}

/**
 * One API page's operation (its HTTP request block, request body, response and permissions
 * table) as an OpenAPI operation on the path template `path` (the operation's, with
 * placeholder names made unique). `operationId` is the request function's name, so the
 * document and the TypeScript package name an operation alike.
 */
export function operationObject(operation: Operation, path: string, names: Names, known: ReadonlySet<TypeId>): Schema {
  const functionName = names.operations.get(operation.id)?.functionName;
  if (functionName === undefined) throw new Error(`no names assigned to operation ${operation.id}`);
  const parameters = [
    ...placeholderNames(path).map((name) => ({ name, in: 'path', required: true, schema: { type: 'string' } })),
    ...operation.queryParameters.map((p) => queryParameterObject(p, known)),
  ];
  const { status, body: result } = operation.response;
  const response = defined({
    description: STATUS_TEXT[status] ?? `Status ${status}`,
    content: result === undefined || status === 204 ? undefined : content(result, responseSchema(result, known)),
  });
  const security = operationSecurity(operation);
  return defined({
    operationId: functionName,
    summary: operation.title,
    description: operation.meta.description,
    parameters: parameters.length > 0 ? parameters : undefined,
    requestBody: requestBodyObject(operation, known),
    responses: { [String(status)]: response },
    security: security.length > 0 ? security : undefined,
    'x-permissions': operation.permissions.length > 0 ? operation.permissions.map((p) => ({ scheme: p.scheme, scopes: p.scopes, notSupported: p.notSupported })) : undefined,
    'x-source': sourceOf(operation.meta.sources),
  });
}

/**
 * Groups operations by path, paths sorted and methods in the specification's order. OpenAPI
 * holds paths that differ only in placeholder names to be one path, and the docs write them
 * so (`/education/schools/{id}` on one page, `/education/schools/{educationSchoolId}` on the
 * next), so each such group takes the names of its first template in sort order. Where two
 * operations still share a method slot, the first by id stays and names the others in
 * `x-duplicate-operations`. A method OpenAPI has no slot for is left out rather than invented.
 */
export function pathsObject(operations: readonly Operation[], names: Names, known: ReadonlySet<TypeId>, memo: EmitMemo = NO_EMIT_MEMO): Record<string, Schema> {
  const objectOf = memo.remember(operationObject);
  const sorted = [...operations]
    .filter((o) => (METHODS as readonly string[]).includes(o.method.toLowerCase()))
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const canonical = new Map<string, string>();
  for (const template of sorted.map((o) => uniquePlaceholders(o.path)).sort()) {
    if (!canonical.has(pathShape(template))) canonical.set(pathShape(template), template);
  }

  const byPath = new Map<string, Map<string, Schema>>();
  for (const operation of sorted) {
    const own = uniquePlaceholders(operation.path);
    const path = withPlaceholderNames(own, placeholderNames(canonical.get(pathShape(own)) ?? own));
    const method = operation.method.toLowerCase();
    const item = byPath.get(path) ?? new Map<string, Schema>();
    const kept = item.get(method);
    const object = objectOf(operation, path, names, known);
    if (kept === undefined) item.set(method, object);
    else {
      const duplicates = (kept['x-duplicate-operations'] as Schema[] | undefined) ?? [];
      item.set(method, { ...kept, 'x-duplicate-operations': [...duplicates, { operationId: object['operationId'], 'x-source': object['x-source'] }] });
    }
    byPath.set(path, item);
  }
  return sortedRecord([...byPath].map(([path, item]) => [path, Object.fromEntries(METHODS.filter((m) => item.has(m)).map((m) => [m, item.get(m)]))] as const));
}

/** The request body: the type the docs name, or an action's parameters as one object. */
function requestBodyObject(operation: Operation, known: ReadonlySet<TypeId>): Schema | undefined {
  if (operation.bodyParameters.length > 0) {
    const properties = sortedRecord(operation.bodyParameters.map((p) => [p.name, defined({ ...schemaForTypeRef(p.type, known), description: p.meta.description })] as const));
    const required = operation.requiredBodyProperties.length > 0 ? [...operation.requiredBodyProperties] : undefined;
    return { required: true, content: { 'application/json': { schema: defined({ type: 'object', properties, required }) } } };
  }
  const body = operation.requestBody;
  return body === undefined ? undefined : { required: true, content: content(body, requestBodySchema(operation, schemaForTypeRef(body, known))) };
}

/** The body schema, with the properties the docs require on create listed as `required`. */
function requestBodySchema(operation: Operation, schema: Schema): Schema {
  return operation.requiredBodyProperties.length === 0 ? schema : { allOf: [schema, { required: [...operation.requiredBodyProperties] }] };
}

/**
 * A documented query option as an `in: query` parameter; lists (`$select=a,b`) are arrays
 * serialised with `style: form, explode: false`, which is OData's comma-separated form.
 */
function queryParameterObject(parameter: QueryParameter, known: ReadonlySet<TypeId>): Schema {
  const list = parameter.type.kind === 'collection';
  return defined({
    name: parameter.name,
    in: 'query',
    description: parameter.meta.description,
    required: parameter.required ? true : undefined,
    schema: schemaForTypeRef(parameter.type, known),
    style: list ? 'form' : undefined,
    explode: list ? false : undefined,
  });
}
