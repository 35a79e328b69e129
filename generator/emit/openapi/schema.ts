import type { SourcePlace } from '../../model/index.js';

/** A JSON Schema (OpenAPI 3.1 dialect) as plain JSON data. */
export type Schema = { readonly [keyword: string]: unknown };

/** Where a model type lives in the document: keyed by its full Graph id, as the service names it. */
export function componentRef(id: string): Schema {
  return { $ref: `#/components/schemas/${id}` };
}

/** `file:line` of the first source, the `x-source` extension pointing back at the page. */
export function sourceOf(sources: readonly SourcePlace[]): string | undefined {
  const first = sources[0];
  return first === undefined ? undefined : `${first.file}:${first.line}`;
}

/** Copies an object without its undefined members, so optional keywords vanish instead of printing as absent. */
export function defined<T extends Record<string, unknown>>(value: T): Partial<T> {
  // A loop, not entries/filter/fromEntries: it runs for every schema and operation of the document.
  const kept: Record<string, unknown> = {};
  for (const [key, member] of Object.entries(value)) if (member !== undefined) kept[key] = member;
  return kept as Partial<T>;
}

/** Orders keys by a comparison on their names, for output that never depends on input order. */
export function sortedRecord<V>(entries: Iterable<readonly [string, V]>): Record<string, V> {
  return Object.fromEntries([...entries].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
