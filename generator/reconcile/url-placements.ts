import type { PageFacts, TypeRef } from '../model/index.js';
import { isJsonObject, splitServiceUrl } from '../model/index.js';
import type { PropertyOf } from './inheritance.js';
import type { PathFact } from './path-properties.js';
import { PROPERTY_SEGMENT, pathKey } from './path-segments.js';
import { hostOf } from './service-host.js';

/** An object whose URL puts it where items of another type live: `actual` is, or derives from, `declared`. */
export interface UrlPlacement {
  readonly actual: string;
  readonly declared: string;
}

/** `calls('57da…')` → `calls` and its key; `57da…` → a bare segment; a call (`range(address='A1')`, `median()`) → undefined. */
function readSegment(segment: string): { name: string; keyed: boolean } | undefined {
  let decoded = segment;
  try {
    decoded = decodeURIComponent(segment);
  } catch {
    // A lone `%` is text, as the docs wrote it.
  }
  const match = /^([^()]+)(?:\((.*)\))?$/.exec(decoded);
  if (!match) return undefined;
  const inner = match[2];
  if (inner !== undefined && (inner.trim() === '' || /^\s*[A-Za-z_]\w*\s*=/.test(inner))) return undefined;
  return { name: match[1] ?? '', keyed: inner !== undefined };
}

/**
 * The type a concrete URL path addresses, read as OData reads it: a segment after a collection
 * is a key (`/communications/calls/57da…` is an item of `calls`), other segments name
 * properties (`operations`), and what GET operations return at a path wins over the property
 * (see documentedPaths). Undefined when a segment is a function call, a cast, or unknown.
 */
export function typeAtUrlPath(path: string, facts: ReadonlyMap<string, PathFact>, propertyOf: PropertyOf): TypeRef | undefined {
  const template: string[] = [];
  let current: TypeRef | undefined;
  const key = (): void => {
    template.push('{}');
    const listed = current?.kind === 'collection' ? current.of : undefined;
    current = facts.get(pathKey(template))?.body ?? listed;
  };
  for (const segment of path.split('/').filter((s) => s !== '')) {
    const read = readSegment(segment);
    if (read === undefined) return undefined;
    if (current?.kind === 'collection' && !read.keyed) {
      key();
      continue;
    }
    if (!PROPERTY_SEGMENT.test(read.name)) return undefined;
    const owner = current;
    template.push(read.name);
    current = facts.get(pathKey(template))?.body ?? (owner?.kind === 'object' ? propertyOf(owner.id, read.name) : undefined);
    if (current === undefined && template.length > 1) return undefined;
    if (read.keyed) key();
  }
  return current;
}

/** Every object in a JSON value that states both its URL (`@odata.id`) and its type (`@odata.type`). */
function identifiedObjects(value: unknown, depth = 0): { url: string; type: string }[] {
  if (depth > 32) return [];
  if (Array.isArray(value)) return value.flatMap((item) => identifiedObjects(item, depth + 1));
  if (!isJsonObject(value)) return [];
  const own = typeof value['@odata.id'] === 'string' && typeof value['@odata.type'] === 'string' ? [{ url: value['@odata.id'], type: value['@odata.type'] }] : [];
  return [...own, ...Object.values(value).flatMap((item) => identifiedObjects(item, depth + 1))];
}

/**
 * Objects the examples place by URL: a response whose `Location` header is the URL of the
 * object its body types (call-playprompt.md: a `#microsoft.graph.playPromptOperation` at
 * `/communications/calls/{id}/operations/{id}`, where a call's `operations` are
 * [commsOperation]s), and an object stating its own `@odata.id`. In OData an object lives at
 * its canonical URL, so it is of the type the path there holds, or derives from it. URLs to
 * another host than the service's (a report download) place nothing.
 */
export function placementsByUrl(
  pages: readonly PageFacts[],
  host: string | undefined,
  facts: ReadonlyMap<string, PathFact>,
  propertyOf: PropertyOf,
  objectIdOf: (odataType: string) => string | undefined,
): UrlPlacement[] {
  const placements: UrlPlacement[] = [];
  const place = (url: string, odataType: string): void => {
    const urlHost = hostOf(url);
    if (urlHost !== '' && urlHost !== host) return;
    const actual = objectIdOf(odataType);
    const at = typeAtUrlPath(splitServiceUrl(url).path, facts, propertyOf);
    if (actual !== undefined && at?.kind === 'object' && at.id !== actual) placements.push({ actual, declared: at.id });
  };
  for (const page of pages) {
    for (const example of page.examples) {
      if (example.role === 'resource') continue;
      const value = example.body?.value;
      if (example.http?.kind === 'response' && isJsonObject(value) && typeof value['@odata.type'] === 'string') {
        const location = Object.entries(example.http.headers).find(([name]) => name.toLowerCase() === 'location')?.[1];
        if (location !== undefined) place(location, value['@odata.type']);
      }
      for (const identified of identifiedObjects(value)) place(identified.url, identified.type);
    }
  }
  return placements;
}
