/** A JSON value that is an object, as OpenAPI's schema objects are. */
export type JsonObject = Readonly<Record<string, unknown>>;

export function isJsonObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const SCHEMA_PREFIX = '#/components/schemas/';

/** `#/components/schemas/microsoft.graph.user` → `microsoft.graph.user` (JSON-pointer escapes undone). */
export function refName(ref: unknown): string | undefined {
  if (typeof ref !== 'string' || !ref.startsWith(SCHEMA_PREFIX)) return undefined;
  return ref.slice(SCHEMA_PREFIX.length).replace(/~1/g, '/').replace(/~0/g, '~');
}

/** Union members sorted, `null` last as people write it (`string | null`). */
const union = (parts: readonly string[]): string =>
  [...new Set(parts)].sort((a, b) => (a === 'null' ? 1 : b === 'null' ? -1 : a < b ? -1 : a > b ? 1 : 0)).join(' | ');
const grouped = (text: string): string => (text.includes(' | ') || text.includes(' & ') ? `(${text})` : text);

/**
 * A schema as a short, canonical type text (`string(date-time) | null`, `microsoft.graph.user[]`,
 * `{ value: microsoft.graph.user[]; @odata.nextLink?: string(uri) }`): two schemas that mean
 * the same type give the same text, whatever order their unions are written in. Descriptions
 * and `x-` extensions are not part of a type.
 */
export function schemaText(schema: unknown): string {
  if (!isJsonObject(schema) || Object.keys(schema).filter((k) => k !== 'description' && !k.startsWith('x-')).length === 0) return 'unknown';
  const ref = refName(schema['$ref']);
  if (ref !== undefined) return ref;
  if (typeof schema['$ref'] === 'string') return `ref(${schema['$ref']})`;
  for (const key of ['anyOf', 'oneOf'] as const) {
    const parts = schema[key];
    if (Array.isArray(parts)) return union(parts.map(schemaText));
  }
  if (Array.isArray(schema['allOf'])) return schema['allOf'].map((part) => grouped(schemaText(part))).join(' & ');
  if (Array.isArray(schema['enum'])) return union(schema['enum'].map((member) => JSON.stringify(member)));
  const types = Array.isArray(schema['type']) ? (schema['type'] as unknown[]).map(String) : typeof schema['type'] === 'string' ? [schema['type']] : [];
  return union(types.map((type) => singleTypeText(type, schema)));
}

function singleTypeText(type: string, schema: JsonObject): string {
  const format = typeof schema['format'] === 'string' ? schema['format'] : typeof schema['contentEncoding'] === 'string' ? schema['contentEncoding'] : undefined;
  switch (type) {
    case 'array':
      return `${grouped(schemaText(schema['items']))}[]`;
    case 'object': {
      const properties = isJsonObject(schema['properties']) ? schema['properties'] : {};
      const required = new Set(Array.isArray(schema['required']) ? schema['required'].map(String) : []);
      const members = Object.keys(properties)
        .sort()
        .map((name) => `${name}${required.has(name) ? '' : '?'}: ${schemaText(properties[name])}`);
      return members.length === 0 ? 'object' : `{ ${members.join('; ')} }`;
    }
    case 'null':
      return 'null';
    default:
      return format === undefined ? type : `${type}(${format})`;
  }
}
