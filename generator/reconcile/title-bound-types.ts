import type { PageFacts } from '../model/index.js';

/** An action or function page's title names the type it is bound to: `cloudCommunications: getPresencesByUserId`. */
const BOUND_TITLE = /^([A-Za-z_][\w.]*)\s*:\s*([A-Za-z_]\w*)\s*$/;

/** camelCase with a capital inside (`cloudCommunications`): a type's name, not a loose word (`Table`). */
const looksLikeTypeName = (word: string): boolean => /^[a-z]+[A-Z][A-Za-z0-9]*$/.test(word);

/** What a bound-operation title says: the object at `prefix` is of type `name`. */
export interface TitleBinding {
  /** The path up to the action, segments with placeholders as `{}`: `communications`. */
  readonly prefix: readonly string[];
  readonly name: string;
  readonly page: PageFacts;
}

/**
 * Pages documenting an action or function title it "type: name" (cloudcommunications-getpresencesbyuserid.md,
 * `POST /communications/getPresencesByUserId`): the path before the action's segment addresses
 * an object of that type, which for singletons such as `/communications` is said nowhere else.
 * Only a path that addresses one object counts: an action on a collection
 * (`POST /directoryObjects/getByIds`, titled `directoryObject: getByIds`) is bound to the
 * collection, not to an object at that path, so a prefix that other paths follow with a key
 * (`/directoryObjects/{id}`) is skipped. The title must name a known type or read as one
 * (camelCase): workbook pages title with loose words (`Table: clear`).
 */
export function readTitleBindings(pages: readonly PageFacts[], segmentsOf: (path: string) => string[], isKnownType: (name: string, page: PageFacts) => boolean): TitleBinding[] {
  const keyed = new Set<string>();
  for (const page of pages) {
    for (const line of page.operation?.requests ?? []) {
      const segments = segmentsOf(line.path);
      segments.forEach((segment, index) => {
        if (segment === '{}' && index > 0) keyed.add(segments.slice(0, index).join('/').toLowerCase());
      });
    }
  }
  const bindings: TitleBinding[] = [];
  for (const page of pages) {
    const match = BOUND_TITLE.exec(page.operation?.title ?? '');
    if (!match || !page.operation) continue;
    const name = match[1] ?? '';
    const action = (match[2] ?? '').toLowerCase();
    if (!isKnownType(name, page) && !looksLikeTypeName(name)) continue;
    for (const line of page.operation.requests) {
      const segments = segmentsOf(line.path);
      const last = (segments[segments.length - 1] ?? '').replace(/\(.*$/, '').toLowerCase();
      const prefix = segments.slice(0, -1);
      if (last !== action || prefix.length === 0 || keyed.has(prefix.join('/').toLowerCase())) continue;
      bindings.push({ prefix, name, page });
    }
  }
  return bindings;
}

/**
 * Root singletons no page types: `/identityGovernance/accessReviews/definitions`,
 * `/appCatalogs/teamsApps` (appcatalogs-list-teamsapps.md) address an object under a root
 * segment that no GET documents, no bound title names and no path follows with a key. The
 * docs name its type nowhere, so it is named after the segment (`identityGovernance`), the
 * weakest naming rule: a name already used for another type is not reused (`/identity` is not
 * the `identity` complex type), and the type is reported as undocumented.
 */
export function readRootSingletons(pages: readonly PageFacts[], segmentsOf: (path: string) => string[]): TitleBinding[] {
  const keyed = new Set<string>();
  const read = new Set<string>();
  const first = new Map<string, TitleBinding>();
  for (const page of pages) {
    for (const line of page.operation?.requests ?? []) {
      const segments = segmentsOf(line.path);
      const root = segments[0] ?? '';
      if (!/^[A-Za-z][A-Za-z0-9]*$/.test(root)) continue;
      if (segments[1] === '{}' || /[({]/.test(root)) keyed.add(root.toLowerCase());
      if (segments.length === 1 && line.method === 'GET') read.add(root.toLowerCase());
      if (segments.length > 1 && !first.has(root.toLowerCase())) first.set(root.toLowerCase(), { prefix: [root], name: root, page });
    }
  }
  return [...first].filter(([root]) => !keyed.has(root) && !read.has(root)).map(([, binding]) => binding);
}
