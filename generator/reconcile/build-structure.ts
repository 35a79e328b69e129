import type { ApiModel, Diagnostic, EnumType, ObjectType, PageFacts, Property, SourcePlace } from '../model/index.js';
import { compareSourcePlaces, diagnostic } from '../model/index.js';
import type { ObjectClaims, PropertyClaim } from './claims.js';
import { collectClaims } from './claims.js';
import { mergeEnum } from './enums.js';
import { reportEnumOutliers } from './enum-outliers.js';
import { reconcileExamples } from './examples.js';
import { checkExampleEnums } from './check-example-enums.js';
import { ancestorChain, chooseBases, propertyLookup } from './inheritance.js';
import { inferBasesFromExamples } from './example-bases.js';
import { inferAddressedBases, inferKeyBases } from './key-base.js';
import { qualify } from './names.js';
import { reconcileOperations } from './operations.js';
import { keepDeclaredRequired } from './operations/required-body.js';
import type { PageLines } from './operations/page-lines.js';
import { pageLines } from './operations/page-lines.js';
import { addressedTypes, documentedPaths, functionPages, inferPathProperties, pathEvidence, pathObjectTypes, respellLowercaseProperties, segmentSpellings } from './path-properties.js';
import { addTwinOperations, navigationTwins } from './operations/navigation-twins.js';
import { placementsByUrl } from './url-placements.js';
import { hostOf, serviceHost } from './service-host.js';
import { odataTypeId, typeLookup } from './walk-example.js';
import { pathBoundTypes } from './path-bound-types.js';
import { mergeProperties } from './properties.js';
import { exampleOnlyClaims } from './example-properties.js';
import type { TypeTable } from './resolve-type.js';

/**
 * A JSON representation's properties that no table lists for the type or any of its ancestors:
 * a table beats an example, so the block only fills gaps (a type page without a table).
 */
function representationOnly(key: string, objects: ReadonlyMap<string, ObjectClaims>, bases: ReadonlyMap<string, string>): PropertyClaim[] {
  const own = objects.get(key);
  if (!own) return [];
  const listed = new Set([key, ...ancestorChain(bases, key)].flatMap((k) => (objects.get(k)?.properties ?? []).map((p) => p.name)));
  // Examples speak only for a type no table or representation describes (workbookFunctionResult).
  const weakest = own.properties.length === 0 && own.representationProperties.length === 0 ? exampleOnlyClaims(own.exampleProperties) : [];
  const seen = new Set<string>();
  return [...own.representationProperties, ...weakest].filter((p) => !listed.has(p.name) && !seen.has(p.name) && seen.add(p.name));
}

/**
 * A type's property rows, less the request-body rows that no resource table of the type or
 * its ancestors lists when such a table exists: a create page's table mixes in the fields of
 * nested objects (agreement-post-agreements.md lists `fileName`, `language`, `data` of the
 * agreement's first file), while the resource page is the type's reference. A type no resource
 * table describes keeps its request-body rows: they are all the docs say.
 */
function tableProperties(key: string, objects: ReadonlyMap<string, ObjectClaims>, bases: ReadonlyMap<string, string>): PropertyClaim[] {
  const own = objects.get(key)?.properties ?? [];
  const chain = [key, ...ancestorChain(bases, key)].flatMap((k) => (objects.get(k)?.properties ?? []).filter((p) => !p.fromRequestBody));
  if (chain.length === 0) return own;
  const listed = new Set(chain.map((p) => p.name));
  return own.filter((p) => !p.fromRequestBody || listed.has(p.name));
}

/** True when making `base` the base of `key` would close a loop. */
function createsCycleAt(bases: ReadonlyMap<string, string>, key: string, base: string): boolean {
  return base === key || ancestorChain(bases, base).includes(key);
}

const byId = <T extends { id: string }>(a: T, b: T): number => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** Diagnostics in the order they print: by place, then code, then message. */
export function sortDiagnostics(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  return [...diagnostics].sort((a, b) => compareSourcePlaces(a.place, b.place) || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0) || (a.message < b.message ? -1 : 1));
}

/**
 * Merges the facts of every page into one model (docs/reconciling.md states the rules).
 * Pages are taken in file order, so the result never depends on the order they were listed in.
 * The pages' prose is split off beforehand (`splitProse`): descriptions come out as the
 * expressions the facts carry, for `describeModel` to turn into text.
 */
export function buildStructure(unsortedPages: readonly PageFacts[], linesOf: (page: PageFacts) => PageLines = pageLines): ApiModel {
  const pages = [...unsortedPages].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  const diagnostics: Diagnostic[] = pages.flatMap((page) => page.diagnostics);
  const claims = collectClaims(pages);

  // A key described with properties of its own is an object type, whatever values a cell listed;
  // a name only rows write as a word with values is an enum where no page describes the name
  // (json.md describes `Json`, whose cells list values).
  const enumKeys = [...claims.enums].filter(([key, c]) => c.lists.some((list) => list.source !== 'word-row') ? !(claims.objects.get(key)?.properties.some((p) => p.via === 'own-row') ?? false) : !claims.objects.has(key)).map(([key]) => key);
  const idOf = (key: string): string => claims.spellings.choose(key) ?? key;
  const enumIds = new Map(enumKeys.map((key) => [key, idOf(key)]));

  const objectIds = new Map<string, string>();
  const undocumented = new Map<string, SourcePlace>();
  for (const key of claims.objects.keys()) if (!enumIds.has(key)) objectIds.set(key, idOf(key));

  const enums: EnumType[] = [];
  for (const [key, id] of enumIds) {
    const merged = mergeEnum(id, qualify(id, ''), claims.enums.get(key) ?? { key, lists: [] });
    enums.push(merged.enumType);
    diagnostics.push(...merged.diagnostics);
  }

  const objectClaims = [...claims.objects].filter(([key]) => !enumIds.has(key));
  const bases = chooseBases(
    new Map(objectClaims.map(([key, c]) => [key, c.inheritsFrom.map((i) => i.key).filter((k) => !enumIds.has(k))])),
    new Map(objectClaims.map(([key, c]) => [key, c.statedBases.filter((b) => !enumIds.has(b.key))])),
  );
  const keyBased = inferKeyBases(new Map(objectClaims), bases);
  const table: TypeTable = {
    enumIdOf: (key) => enumIds.get(key),
    objectIdOf: (key, written, namespace, place) => {
      const known = objectIds.get(key);
      if (known !== undefined) return known;
      const name = qualify(written, namespace);
      const id = `${name.namespace}.${name.name}`;
      objectIds.set(key, id);
      undocumented.set(key, place);
      return id;
    },
    commonBaseOf: (ids) => {
      const [first, ...rest] = ids.map((id) => [id.toLowerCase(), ...ancestorChain(bases, id.toLowerCase())]);
      const common = first?.find((key) => rest.every((chain) => chain.includes(key)));
      return common === undefined ? undefined : objectIds.get(common);
    },
  };
  const ownProperties = new Map<string, Property[]>();
  for (const key of claims.objects.keys()) {
    if (enumIds.has(key)) continue;
    ownProperties.set(key, mergeProperties(idOf(key), [...tableProperties(key, claims.objects, bases), ...representationOnly(key, claims.objects, bases)], table, diagnostics));
  }

  // Property names a type has, own or inherited: what an untyped create example may send.
  const propertyNamesOf = (id: string): ReadonlySet<string> => {
    const key = id.toLowerCase();
    return new Set([key, ...ancestorChain(bases, key)].flatMap((k) => (ownProperties.get(k) ?? []).map((p) => p.name)));
  };
  const { operations, byPage } = reconcileOperations(pages, claims, table, bases, propertyNamesOf, diagnostics, linesOf);
  // Relationships only the API pages' paths show (weakest property evidence, after the tables).
  // An entity by what pages state: a stated key, or a stated base chain to one (not the key rule's guess).
  const isEntityKey = (key: string): boolean => {
    for (let at: string | undefined = key, depth = 0; at !== undefined && depth < 32; at = keyBased.has(at) ? undefined : bases.get(at), depth++) {
      if ((claims.objects.get(at)?.keyProperties.length ?? 0) > 0) return objectIds.has(key);
    }
    return false;
  };
  const tentative = pathBoundTypes(pages, table, (key) => objectIds.has(key), ownProperties, isEntityKey);
  const spelling = segmentSpellings(pages);
  for (const [key, list] of ownProperties) ownProperties.set(key, respellLowercaseProperties(list, spelling));
  // What the GETs say of paths, read once for the rules that follow; read again once twins add operations.
  const calls = functionPages(pages);
  const paths = pathEvidence(pages, byPage, operations, calls);
  const { added: pathProperties, collections } = inferPathProperties(paths, operations, bases, ownProperties, spelling, tentative);
  const bound = tentative.filter((binding) => !binding.guessed || pathProperties.has(binding.key));
  for (const binding of bound) if (binding.guessed) table.objectIdOf(binding.key, binding.written, binding.namespace, binding.place);
  for (const [key, added] of pathProperties) if (objectIds.has(key)) ownProperties.set(key, [...(ownProperties.get(key) ?? []), ...added]);
  for (const shown of collections) {
    const list = ownProperties.get(shown.key) ?? [];
    ownProperties.set(shown.key, list.map((p) => (p.name.toLowerCase() === shown.name.toLowerCase() ? { ...p, type: shown.type, meta: { ...p.meta, sources: [...p.meta.sources, shown.place].sort(compareSourcePlaces) } } : p)));
  }
  const addressed = new Set([...addressedTypes(paths, bound)].map((id) => id.toLowerCase()));
  // Paths the examples reach an operation's type through (`/me/drive/root/…` for `/me/drive/items/{id}/…`).
  const host = serviceHost(pages);
  const typing = {
    typeAt: pathObjectTypes(paths, bases, ownProperties, bound),
    isA: (id: string, base: string) => id.toLowerCase() === base.toLowerCase() || ancestorChain(bases, id.toLowerCase()).includes(base.toLowerCase()),
  };
  addTwinOperations(operations, byPage, navigationTwins(pages, byPage, typing, (url) => host === undefined || [host, ''].includes(hostOf(url))));

  const buildObjects = (): { objects: ObjectType[]; diagnostics: Diagnostic[] } => {
    const built: ObjectType[] = [];
    const notes: Diagnostic[] = [];
    for (const [key, id] of [...objectIds]) {
      const c = claims.objects.get(key);
      // Properties an ancestor declares are inherited, not repeated (seed 001 lists them all).
      const inherited = new Set(ancestorChain(bases, key).flatMap((ancestor) => (ownProperties.get(ancestor) ?? []).map((p) => p.name)));
      const properties = (ownProperties.get(key) ?? []).filter((p) => !inherited.has(p.name));
      const base = bases.get(key);
      const name = qualify(id, '');
      const sources = [...(c?.sources ?? []), ...(undocumented.has(key) ? [undocumented.get(key) as SourcePlace] : [])].sort(compareSourcePlaces);
      if (c === undefined && sources[0]) notes.push(diagnostic('undocumented-type', sources[0], { name: id }));
      built.push({ kind: 'object', id, namespace: name.namespace, name: name.name, base: base !== undefined ? objectIds.get(base) : undefined, properties, meta: { description: undefined, sources } });
    }
    return { objects: built.sort(byId), diagnostics: notes };
  };
  let { objects, diagnostics: objectNotes } = buildObjects();
  enums.sort(byId);
  diagnostics.push(...reportEnumOutliers(enums));
  const sortedOperations = operations.sort(byId);
  let examples = reconcileExamples(pages, claims, { objects, enums, operations: sortedOperations }, byPage, [], host);
  // The weakest base evidence comes last, once examples can be walked against the model.
  const lookup = typeLookup({ objects, enums });
  const placed = placementsByUrl(pages, host, documentedPaths(pathEvidence(pages, byPage, operations, calls), bound), propertyLookup(ownProperties, bases), (type) => odataTypeId(lookup, type));
  const shown = inferBasesFromExamples(objects, examples, keyBased, placed);
  for (const [id, base] of shown) if (!createsCycleAt(bases, id.toLowerCase(), base.toLowerCase())) bases.set(id.toLowerCase(), base.toLowerCase());
  // Weaker still: a type the paths address as an entity derives from the key root.
  const before = bases.size;
  inferAddressedBases(new Map(objectClaims), bases, addressed);
  if (shown.size > 0 || bases.size > before) ({ objects, diagnostics: objectNotes } = buildObjects());
  const partial = { objects, enums, operations: keepDeclaredRequired(sortedOperations, objects) };
  examples = reconcileExamples(pages, claims, partial, byPage, diagnostics, host);
  diagnostics.push(...objectNotes, ...checkExampleEnums(partial, examples));
  return { ...partial, examples, diagnostics: sortDiagnostics(diagnostics) };
}
