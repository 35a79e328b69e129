import type { Operation, PageFacts, Property, SourcePlace, TypeRef } from '../model/index.js';
import { ancestorChain, propertyLookup } from './inheritance.js';
import { PROPERTY_SEGMENT, pathKey, segmentUses, segmentsOf } from './path-segments.js';
import type { PageOperationTypes } from './operations.js';

/**
 * What GET operations return at each path, one type per path. Pages that list a path with a
 * query (`GET /me?$expand=manager` on user-list-manager.md, `GET /me/extensions/{id}` beside
 * `GET /me?$expand=extensions`) name their own response for all of their lines, so a merged
 * operation may say `entity` for `/me`: instead each page votes for its response on each of
 * its GET lines with weight 1/lines (a page about one path speaks for it more than a page
 * listing a dozen); the heaviest type wins, the first page's on a tie.
 */
function pathFacts(
  byPage: ReadonlyMap<string, PageOperationTypes>,
  operations: ReadonlyMap<string, Operation>,
  functionPages: ReadonlySet<string>,
): Map<string, PathFact> {
  const votes = new Map<string, { fact: PathFact; weight: number; typeKey: string }[]>();
  for (const file of [...byPage.keys()].sort()) {
    if (functionPages.has(file)) continue;
    const page = byPage.get(file);
    const response = page?.response;
    if (!page || response === undefined || !(response.kind === 'object' || (response.kind === 'collection' && response.of.kind === 'object'))) continue;
    const lines = page.operations.filter((line) => line.method === 'GET');
    for (const line of lines) {
      const place = operations.get(line.id)?.meta.sources[0];
      if (place === undefined) continue;
      const segments = segmentsOf(line.path);
      // A key addresses one object, whatever the page says (chat-get.md: `GET
      // /users/{id}/chats/{chat-id}` returns "a collection of [chat] objects").
      const body = segments.at(-1) === '{}' && response.kind === 'collection' ? response.of : response;
      const key = pathKey(segments);
      const list = votes.get(key) ?? [];
      const typeKey = JSON.stringify(body);
      const known = list.find((vote) => vote.typeKey === typeKey);
      if (known) known.weight += 1 / lines.length;
      else list.push({ fact: { segments, body, place }, weight: 1 / lines.length, typeKey });
      votes.set(key, list);
    }
  }
  const facts = new Map<string, PathFact>();
  for (const [key, list] of votes) {
    const best = list.reduce((a, b) => (b.weight > a.weight + 1e-9 ? b : a));
    facts.set(key, best.fact);
  }
  return facts;
}

/**
 * Paths are case-insensitive, and some pages write them in lowercase
 * (`/teams/{id}/schedule/openshifts`, schedule-list-openshifts.md) while others spell the
 * property (`openShifts`): a segment is named as the most frequent spelling with capitals that
 * any page's request lines use for it, else as written.
 */
export function segmentSpellings(pages: readonly PageFacts[]): (segment: string) => string {
  const counts = new Map<string, Map<string, number>>();
  for (const page of pages) {
    for (const line of page.operation?.requests ?? []) {
      for (const segment of segmentsOf(line.path)) {
        if (!PROPERTY_SEGMENT.test(segment) || segment === segment.toLowerCase()) continue;
        const forSegment = counts.get(segment.toLowerCase()) ?? new Map<string, number>();
        forSegment.set(segment, (forSegment.get(segment) ?? 0) + 1);
        counts.set(segment.toLowerCase(), forSegment);
      }
    }
  }
  // Chosen once per segment: every property of every type is looked up.
  const chosen = new Map<string, string>();
  for (const [lower, spellings] of counts) {
    const [first] = [...spellings].sort(([a, x], [b, y]) => y - x || (a < b ? -1 : 1));
    if (first) chosen.set(lower, first[0]);
  }
  return (segment) => chosen.get(segment.toLowerCase()) ?? segment;
}

/**
 * A page about a function: its operation facts say so (a `Function parameters` section, "this
 * function returns"), or its request examples call the path's last segment with parentheses
 * (`GET …/reports/getGroupArchivedPrintJobs(groupId='…')` under `GET /reports/getGroupArchivedPrintJobs`).
 */
function documentsFunction(page: PageFacts): boolean {
  if (page.operation === undefined) return false;
  if (page.operation.isFunction) return true;
  const names = new Set(page.operation.requests.map((line) => segmentsOf(line.path).at(-1)?.toLowerCase()));
  return page.examples.some((example) => {
    const path = example.http?.kind === 'request' ? example.http.path : '';
    return [...path.matchAll(/([A-Za-z]\w*)\(/g)].some((call) => names.has(call[1]?.toLowerCase()));
  });
}

/** The files of the pages about a function (documentsFunction): their GETs name no property and type no path. */
export function functionPages(pages: readonly PageFacts[]): ReadonlySet<string> {
  return new Set(pages.filter(documentsFunction).map((page) => page.file));
}

/**
 * What the API pages' GETs say of paths, read once per set of operations: the type at each
 * path (pathFacts) and which paths are calls or collections (segmentUses). The rules below
 * each take it, not the pages, so the pages are scanned once, not once per rule.
 */
export interface PathEvidence {
  readonly facts: ReadonlyMap<string, PathFact>;
  readonly uses: ReadonlyMap<string, 'call' | 'collection'>;
}

export function pathEvidence(
  pages: readonly PageFacts[],
  byPage: ReadonlyMap<string, PageOperationTypes>,
  operations: readonly Operation[],
  calls: ReadonlySet<string>,
): PathEvidence {
  return { facts: pathFacts(byPage, new Map(operations.map((operation) => [operation.id, operation])), calls), uses: segmentUses(pages, byPage, operations) };
}

/** What GET operations document at one path: the response there. */
export interface PathFact {
  readonly segments: readonly string[];
  readonly body: TypeRef;
  readonly place: SourcePlace;
  /** What request lines say the path's last segment is (see segmentUses), when they say. */
  readonly use?: 'call' | 'collection';
}

/**
 * The object type a path addresses, from what GET operations return there: `/users/{id}` is
 * an item of what `/users` lists (or what `/users/{id}` itself returns); `/me` what it
 * returns. A path no operation documents is resolved through its parent: `/me/drive/root` is
 * the `root` property of what `/me/drive` addresses.
 */
function objectAt(segments: readonly string[], facts: ReadonlyMap<string, PathFact>, propertyOf: (owner: string, name: string) => TypeRef | undefined, depth = 0): string | undefined {
  if (segments.length === 0 || depth > 16) return undefined;
  const direct = facts.get(pathKey(segments))?.body;
  if (direct?.kind === 'object') return direct.id;
  const last = segments[segments.length - 1] ?? '';
  const parent = segments.slice(0, -1);
  if (last === '{}') {
    const listed = facts.get(pathKey(parent))?.body;
    if (listed?.kind === 'collection' && listed.of.kind === 'object') return listed.of.id;
    const property = parentProperty(parent, facts, propertyOf, depth);
    return property?.kind === 'collection' && property.of.kind === 'object' ? property.of.id : undefined;
  }
  const property = parentProperty(segments, facts, propertyOf, depth);
  return property?.kind === 'object' ? property.id : undefined;
}

/** The type of the property the path's last segment names on what its parent addresses. */
function parentProperty(segments: readonly string[], facts: ReadonlyMap<string, PathFact>, propertyOf: (owner: string, name: string) => TypeRef | undefined, depth: number): TypeRef | undefined {
  const last = segments[segments.length - 1] ?? '';
  if (!PROPERTY_SEGMENT.test(last)) return undefined;
  const owner = objectAt(segments.slice(0, -1), facts, propertyOf, depth + 1);
  return owner === undefined ? undefined : propertyOf(owner, last);
}

/**
 * The collection-valued property a GET documents: a list (`GET /users/{id}/joinedTeams`
 * returning a collection of [team]) is the property its last segment names; an item read by
 * key (`GET /me/onlineMeetings/{id}` returning an [onlineMeeting]) shows that the segment
 * before the key is a collection of that type. A single object at a plain segment is not
 * taken: it is as often a function's result (table-range.md's `range`) as a relationship.
 */
function listedProperty(fact: PathFact): { ownerPath: readonly string[]; segment: string; type: TypeRef } | undefined {
  const segments = fact.segments;
  const last = segments[segments.length - 1] ?? '';
  if (fact.body.kind === 'collection' && PROPERTY_SEGMENT.test(last) && segments.length >= 2) return { ownerPath: segments.slice(0, -1), segment: last, type: fact.body };
  const listing = segments[segments.length - 2] ?? '';
  if (fact.body.kind === 'object' && last === '{}' && PROPERTY_SEGMENT.test(listing) && segments.length >= 3) {
    return { ownerPath: segments.slice(0, -2), segment: listing, type: { kind: 'collection', of: fact.body } };
  }
  return undefined;
}

/**
 * The property one object at a plain segment shows (`GET /me/presence` returning a [presence],
 * presence-get.md): single-valued, or a collection when request lines query the path as one
 * (`GET /communications/onlineMeetings/?$filter=…` returns one [onlineMeeting] of the
 * collection); none when the path is a call (see segmentUses).
 */
function singleProperty(fact: PathFact): { ownerPath: readonly string[]; segment: string; type: TypeRef } | undefined {
  const segments = fact.segments;
  const last = segments[segments.length - 1] ?? '';
  if (fact.body.kind !== 'object' || fact.use === 'call' || !PROPERTY_SEGMENT.test(last) || segments.length < 2) return undefined;
  return { ownerPath: segments.slice(0, -1), segment: last, type: fact.use === 'collection' ? { kind: 'collection', of: fact.body } : fact.body };
}

/**
 * What the API pages document at each path (see pathFacts), keyed by pathKey: a path no GET
 * documents may still be addressed by a bound action's title (see title-bound-types.ts).
 */
export function documentedPaths(evidence: PathEvidence, bound: readonly PathBinding[]): Map<string, PathFact> {
  const facts = new Map(evidence.facts);
  for (const binding of bound) {
    const key = pathKey(binding.prefix);
    if (!facts.has(key)) facts.set(key, { segments: binding.prefix, body: { kind: 'object', id: binding.id }, place: binding.place });
  }
  for (const [key, fact] of facts) {
    const use = evidence.uses.get(key);
    if (use !== undefined) facts.set(key, { ...fact, use });
  }
  return facts;
}

/**
 * Relationships a type's page leaves out but its API pages show: `GET /users/{id}/joinedTeams`
 * returning a collection of [team] says `user` has a `joinedTeams` property of that type
 * (user-list-joinedteams.md; user.md's Relationships table does not list it). The owner is
 * what the parent path addresses (see objectAt); which GETs name a property is listedProperty's
 * rule. A GET on a function page (documentsFunction), a cast, `$value` or `$count` names no
 * property. The weakest property evidence: a name the type or an ancestor already has (any
 * case) is left as the tables say, but for a row typing one object of the type the paths list
 * and read by key, which left out "collection". `bound` types paths no GET documents (title-bound-types.ts).
 */
export function inferPathProperties(
  evidence: PathEvidence,
  operations: readonly Operation[],
  bases: ReadonlyMap<string, string>,
  ownProperties: ReadonlyMap<string, readonly Property[]>,
  spelling: (segment: string) => string,
  bound: readonly PathBinding[] = [],
): PathProperties {
  const facts = documentedPaths(evidence, bound);
  const added = new Map<string, Property[]>();
  const collections: PathProperties['collections'] = [];
  const chainOf = (id: string): string[] => [id.toLowerCase(), ...ancestorChain(bases, id.toLowerCase())];
  const declared = (owner: string, name: string): { key: string; type: TypeRef } | undefined => {
    const lower = name.toLowerCase();
    for (const key of chainOf(owner)) {
      const found = [...(ownProperties.get(key) ?? []), ...(added.get(key) ?? [])].find((p) => p.name.toLowerCase() === lower);
      if (found) return { key, type: collections.find((c) => c.key === key && c.name.toLowerCase() === lower)?.type ?? found.type };
    }
    return undefined;
  };
  const propertyOf = (owner: string, name: string): TypeRef | undefined => declared(owner, name)?.type;
  // Paths any operation follows with a key (`…/hostedContents/{id}`), up to the keyed segment:
  // a single-valued property is never followed by a key.
  const keyed = operations.flatMap((operation) => {
    const segments = segmentsOf(operation.path);
    return segments.flatMap((segment, at) => (at > 0 && segment === '{}' && PROPERTY_SEGMENT.test(segments[at - 1] ?? '') ? [segments.slice(0, at)] : []));
  });
  // Shorter paths first, so `/me/drive` is known before `/me/drive/root/children` is placed.
  const ordered = [...facts.values()].sort((a, b) => a.segments.length - b.segments.length || (pathKey(a.segments) < pathKey(b.segments) ? -1 : 1));
  // Collections first: a page that lists a collection with one object's response
  // (`GET /communications/onlineMeetings?$filter=…`) must not make it single-valued.
  for (const fact of [...ordered.map((f) => ({ f, read: listedProperty })), ...ordered.map((f) => ({ f, read: singleProperty }))]) {
    const listed = fact.read(fact.f);
    if (listed === undefined) continue;
    const name = spelling(listed.segment);
    const owner = objectAt(listed.ownerPath, facts, propertyOf);
    if (owner === undefined) continue;
    const known = declared(owner, name);
    // A row typing one object where the paths list that very type and follow the segment with a
    // key (chatmessage.md's `hostedContents`; chatmessagehostedcontent-list.md and -get.md) left
    // out "collection". A list alone is not enough: a page may call one object a collection
    // (orgcontact-get-manager.md).
    const single = known?.type.kind === 'object' ? known.type.id.toLowerCase() : undefined;
    const sameType = listed.type.kind === 'collection' && listed.type.of.kind === 'object' && listed.type.of.id.toLowerCase() === single;
    if (known !== undefined && sameType && keyed.some((path) => path.at(-1)?.toLowerCase() === name.toLowerCase() && objectAt(path.slice(0, -1), facts, propertyOf) === owner)) {
      collections.push({ key: known.key, name, type: listed.type, place: fact.f.place });
    }
    if (known !== undefined) continue;
    const key = owner.toLowerCase();
    const property: Property = { name, type: listed.type, meta: { description: undefined, sources: [fact.f.place] } };
    added.set(key, [...(added.get(key) ?? []), property]);
  }
  return { added, collections };
}

/** What the paths say of types' properties, beyond their tables. */
export interface PathProperties {
  /** Properties no table lists, by the key of the type that has them. */
  readonly added: Map<string, Property[]>;
  /** Rows typing one object that the paths show to be a collection of it, by the key of the type declaring them. */
  readonly collections: { readonly key: string; readonly name: string; readonly type: TypeRef; readonly place: SourcePlace }[];
}

/** A type a bound action's title or a root singleton puts at a path prefix (path-bound-types.ts). */
type PathBinding = { readonly prefix: readonly string[]; readonly id: string; readonly place: SourcePlace };

/**
 * The object type each path addresses (segments as segmentsOf gives them, `{}` for a key), by
 * what GETs return there and the properties types have (tables and paths): `/me/drive/root` is
 * the `root` of what `/me/drive` addresses, a `driveItem` as `/me/drive/items/{id}` is.
 * Undefined for a collection, a call, or a path nothing types.
 */
export function pathObjectTypes(
  evidence: PathEvidence,
  bases: ReadonlyMap<string, string>,
  properties: ReadonlyMap<string, readonly Property[]>,
  bound: readonly PathBinding[] = [],
): (segments: readonly string[]) => string | undefined {
  const facts = documentedPaths(evidence, bound);
  const propertyOf = propertyLookup(properties, bases);
  return (segments) => objectAt(segments, facts, propertyOf);
}

/**
 * Object types the paths address as entities: a root singleton (`GET /reports` returns a
 * [reportRoot]; `/communications`, bound by a title) and an item addressed by key (`GET
 * /users/{id}`, or the items of a list that paths follow with a key). In OData only entity
 * types are addressed so; see inferAddressedBases for what that implies.
 */
export function addressedTypes(evidence: PathEvidence, bound: readonly { readonly prefix: readonly string[]; readonly id: string }[]): Set<string> {
  const facts = evidence.facts;
  const ids = new Set<string>();
  for (const binding of bound) if (binding.prefix.length === 1) ids.add(binding.id);
  for (const [key, fact] of facts) {
    const last = fact.segments[fact.segments.length - 1];
    if (fact.body.kind === 'object' && (fact.segments.length >= 1 || last === '{}')) ids.add(fact.body.id);
    if (fact.body.kind === 'collection' && fact.body.of.kind === 'object' && facts.has(`${key}/{}`)) ids.add(fact.body.of.id);
  }
  return ids;
}

/**
 * A Relationships row written all in lowercase (schedule.md's `openshifts`, `timeoffrequest`)
 * where API paths spell the same segment with capitals (`/schedule/openShifts`): the paths
 * show the service's wire name, so the row's property takes that spelling.
 */
export function respellLowercaseProperties(properties: readonly Property[], spelling: (segment: string) => string): Property[] {
  return properties.map((property) => {
    if (property.name !== property.name.toLowerCase()) return property;
    const spelled = spelling(property.name);
    return spelled === property.name ? property : { ...property, name: spelled };
  });
}
