import type { Operation, PageFacts } from '../model/index.js';
import type { PageOperationTypes } from './operations.js';
import { normalizePathTemplate } from './path-template.js';

/** A path split into segments, placeholders as `{}`: `/users/{id}/photos` → `users`, `{}`, `photos`. */
export function segmentsOf(path: string): string[] {
  const query = path.indexOf('?');
  const segments: string[] = [];
  // A plain loop: the model's stages split every request line several times, and split/filter/map with a regex per segment was some 3% of a watch regeneration.
  for (const segment of (query === -1 ? path : path.slice(0, query)).split('/')) {
    if (segment === '') continue;
    const placeholder = segment.startsWith('{') && segment.indexOf('}') === segment.length - 1;
    segments.push(placeholder ? '{}' : segment);
  }
  return segments;
}

/** A path's segments as one lookup key; paths compare case-insensitively. */
export const pathKey = (segments: readonly string[]): string => segments.join('/').toLowerCase();

/** A segment that can only be a property name: no key, cast (`microsoft.graph.x`), `$value`, or call (`delta()`). */
export const PROPERTY_SEGMENT = /^[A-Za-z][A-Za-z0-9_]*$/;

/**
 * What request lines say about the last segment of the paths they GET (by pathKey): `call`
 * when a page titles the GET as a bound operation ("Worksheet: Range", worksheet-range.md; its
 * call form `…/range(address='{address}')` counts too); `collection` when a line sends the
 * path a collection's query options (`$filter`, `$top`, `$skip`, `$orderby`, `$count`,
 * `$search`: onlinemeeting-get.md's `GET /communications/onlineMeetings/?$filter=…`). A call
 * wins: it names no property at all.
 */
export function segmentUses(pages: readonly PageFacts[], byPage: ReadonlyMap<string, PageOperationTypes>, operations: readonly Operation[]): Map<string, 'call' | 'collection'> {
  const key = (path: string): string => {
    const segments = segmentsOf(path);
    return pathKey([...segments.slice(0, -1), (segments.at(-1) ?? '').replace(/\(.*\)$/, '')]);
  };
  const known = new Set(operations.map((operation) => operation.id));
  const uses = new Map<string, 'call' | 'collection'>();
  for (const page of pages) {
    for (const line of page.operation?.requests ?? []) {
      if (line.method.toUpperCase() !== 'GET' || !/(?:^|&)\$(?:filter|top|skip|orderby|count|search)=/i.test(line.query)) continue;
      const path = normalizePathTemplate(line.path);
      if (known.has(`GET ${path}`) && !uses.has(key(path))) uses.set(key(path), 'collection');
    }
    if (!titledAsOperation(page)) continue;
    for (const line of byPage.get(page.file)?.operations ?? []) if (line.method === 'GET') uses.set(key(line.path), 'call');
  }
  return uses;
}

/** "workbookTable: range", "Table: DataBodyRange": how pages title a bound function or action. */
function titledAsOperation(page: PageFacts): boolean {
  return /^[\w.]+\s*:\s*[\w.]+$/.test(page.title?.trim() ?? '');
}
