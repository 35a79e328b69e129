import type { Operation, PageFacts } from '../../model/index.js';
import type { PageOperationTypes } from '../operations.js';
import { segmentsOf } from '../path-segments.js';
import { fitsTemplate, normalizePathTemplate, templatePattern } from '../path-template.js';
import { operationIdentity } from './operation-identity.js';

/** A path an operation is also reached at, found by a page's request example. */
export interface NavigationTwin {
  /** The documented operation's id. */
  readonly of: string;
  readonly method: string;
  /** The example's prefix, as a template, then the documented line's rest. */
  readonly path: string;
}

/** What the rule needs to know of the model: the object type a path addresses, and inheritance. */
export interface PathTyping {
  /** The object type at a path (segments, `{}` for a key), undefined when nothing types it (path-properties.ts's pathObjectTypes). */
  readonly typeAt: (segments: readonly string[]) => string | undefined;
  /** True when `id` is `base` or derives from it. */
  readonly isA: (id: string, base: string) => boolean;
}

const splitPath = (path: string): string[] => path.split('/').filter((segment) => segment !== '');
const joinPath = (segments: readonly string[]): string => `/${segments.join('/')}`;

/**
 * The twin of one documented line an example path reaches through another navigation: the
 * example ends as the line does (`…/workbook/worksheets/{id}/pivotTables`), and what comes before
 * addresses the same object type as the line's prefix does (`/me/drive/root` and
 * `/me/drive/items/{id}` are both a `driveItem`: drive.md's `root` relationship, the `items`
 * collection). The longest shared end wins; the prefix must type as a path with no example
 * values left in it (ids are placeholders, as normalizePathTemplate writes a GUID). Also says
 * how alike the two are: the count of leading segments they share.
 */
function twinPath(examplePath: string, template: string, typing: PathTyping): { path: string; shared: number; alike: number } | undefined {
  const example = splitPath(examplePath);
  const documented = splitPath(template);
  for (let shared = Math.min(example.length, documented.length) - 1; shared >= 0; shared--) {
    const rest = documented.slice(documented.length - shared);
    if (shared > 0 && !templatePattern(joinPath(rest)).test(joinPath(example.slice(example.length - shared)))) continue;
    const prefix = normalizePathTemplate(joinPath(example.slice(0, example.length - shared)));
    const reached = typing.typeAt(segmentsOf(prefix));
    const documentedType = typing.typeAt(segmentsOf(joinPath(documented.slice(0, documented.length - shared))));
    if (reached === undefined || documentedType === undefined || !typing.isA(reached, documentedType)) continue;
    const alike = example.findIndex((segment, at) => segment.toLowerCase() !== documented[at]?.toLowerCase());
    return { path: shared === 0 ? prefix : `${prefix}${joinPath(rest)}`, shared, alike: alike < 0 ? example.length : alike };
  }
  return undefined;
}

/**
 * OData binds an operation to a type, not to one path: wherever the docs' own relationships
 * reach an object of that type, the operation's path goes on from there. A page's request
 * example that fits none of its lines (workbookpivottable-get.md documents
 * `/me/drive/items/{id}/workbook/…` and calls `/me/drive/root/workbook/…`) documents such a
 * path when its prefix addresses the same type as a line's (twinPath): that path becomes a
 * twin of the line's operation. Examples to other servers (`toService`) are left alone.
 */
export function navigationTwins(pages: readonly PageFacts[], byPage: ReadonlyMap<string, PageOperationTypes>, typing: PathTyping, toService: (url: string) => boolean): Map<string, NavigationTwin[]> {
  const twins = new Map<string, NavigationTwin[]>();
  for (const page of pages) {
    const lines = byPage.get(page.file)?.operations ?? [];
    for (const example of page.examples) {
      const http = example.http;
      if (example.role !== 'request' || http?.kind !== 'request' || !toService(http.url)) continue;
      const candidates = lines.filter((line) => line.method === http.method);
      if (candidates.some((line) => fitsTemplate(http.path, line.path))) continue;
      // The line the example is most like: the longest shared end, then the longest shared start
      // (`/me/drive/root` is a twin of `/me/drive/items/{item-id}`, not of `/drives/{drive-id}/items/{item-id}`).
      const found = candidates.flatMap((line) => {
        const twin = twinPath(http.path, line.path, typing);
        return twin === undefined ? [] : [{ line, ...twin }];
      });
      const best = found.sort((a, b) => b.shared - a.shared || b.alike - a.alike)[0];
      if (best === undefined) continue;
      const list = twins.get(page.file) ?? [];
      if (!list.some((twin) => operationIdentity(twin.method, twin.path) === operationIdentity(best.line.method, best.path))) list.push({ of: best.line.id, method: best.line.method, path: best.path });
      twins.set(page.file, list);
    }
  }
  return twins;
}

/**
 * Adds each twin as an operation of its own (the documented one's body, response, options and
 * permissions at the twin's path), or, when another page documents that path, ties the page to
 * it; either way the page lists it, so its example illustrates it.
 */
export function addTwinOperations(operations: Operation[], byPage: Map<string, PageOperationTypes>, twins: ReadonlyMap<string, readonly NavigationTwin[]>): void {
  const byIdentity = new Map(operations.map((operation) => [operationIdentity(operation.method, operation.path), operation]));
  const byId = new Map(operations.map((operation) => [operation.id, operation]));
  for (const [file, list] of [...twins].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const page = byPage.get(file);
    if (page === undefined) continue;
    const added: PageOperationTypes['operations'][number][] = [];
    for (const twin of list) {
      const documented = byId.get(twin.of);
      if (documented === undefined) continue;
      const identity = operationIdentity(twin.method, twin.path);
      let operation = byIdentity.get(identity);
      if (operation === undefined) {
        operation = { ...documented, id: `${twin.method} ${twin.path}`, path: twin.path, pathParameters: [...twin.path.matchAll(/\{([^}]+)\}/g)].map((m) => ({ name: m[1] ?? '' })) };
        operations.push(operation);
        byIdentity.set(identity, operation);
      }
      added.push({ id: operation.id, method: operation.method, path: operation.path });
    }
    byPage.set(file, { ...page, operations: [...page.operations, ...added] });
  }
}
