/**
 * `a.b[0]["odd key"]`: the JSON path form that diagnostics, example line maps and the emitted
 * validators share, so a validator error's path finds its line in the page.
 */
export function childPath(parent: string, key: string | number): string {
  if (typeof key === 'number') return `${parent}[${key}]`;
  if (/^[A-Za-z_$][\w$]*$/.test(key)) return parent === '' ? key : `${parent}.${key}`;
  return `${parent}[${JSON.stringify(key)}]`;
}

/** A JSON object (not null, not an array): what example bodies and annotations must be to carry properties. */
export function isJsonObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
