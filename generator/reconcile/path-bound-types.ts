import type { PageFacts, SourcePlace } from '../model/index.js';
import { pageNamespace } from './claims.js';
import { qualify, typeKey } from './names.js';
import { segmentsOf } from './path-segments.js';
import type { TypeTable } from './resolve-type.js';
import { readRootSingletons, readTitleBindings } from './title-bound-types.js';

/** A type the API paths put at a path prefix, before the paths' relationships are read. */
export interface PathBoundType {
  readonly prefix: readonly string[];
  readonly id: string;
  readonly place: SourcePlace;
  readonly key: string;
  /** A root singleton named after its segment: made a type only if the paths give it a property. */
  readonly guessed: boolean;
  readonly written: string;
  readonly namespace: string;
}

/**
 * The types bound to path prefixes: a bound-operation title names its type outright
 * (`cloudCommunications: getPresencesByUserId` → `/communications`) and registers it; a root
 * segment nothing types is a guessed singleton named after the segment (`/appCatalogs`), left
 * unregistered until the paths give it a property (not for a path that only posts, as seed
 * 000's `/deviceManagement/importedDeviceIdentities`). Enum names are never bound.
 */
export function pathBoundTypes(
  pages: readonly PageFacts[],
  table: TypeTable,
  isObjectKey: (key: string) => boolean,
  propertiesByKey: ReadonlyMap<string, readonly { readonly name: string }[]> = new Map(),
  isEntityKey: (key: string) => boolean = () => false,
): PathBoundType[] {
  const keyOf = (name: string, page: PageFacts): string => typeKey(qualify(name, pageNamespace(page)));
  const titled = readTitleBindings(pages, segmentsOf, (name, page) => isObjectKey(keyOf(name, page)));
  const titledRoots = new Set(titled.map((binding) => binding.prefix.join('/').toLowerCase()));
  // Taken before the titles register their types, as the singletons must name no known type.
  const roots = readRootSingletons(pages, segmentsOf).filter((binding) => !titledRoots.has(binding.prefix.join('/').toLowerCase()) && table.enumIdOf(keyOf(binding.name, binding.page)) === undefined);
  const singletons = roots.filter((binding) => !isObjectKey(keyOf(binding.name, binding.page)));
  // A root singleton is an entity: a root named as a described entity type is that type
  // (`/security/secureScores`, security.md), while `/identity` is not the `identity` complex type.
  const namesakes = roots.filter((binding) => isEntityKey(keyOf(binding.name, binding.page))).map((binding) => ({ binding, guessed: false }));
  // Read once for every singleton (each is scored against every type), and only if there is one.
  const children = singletons.length === 0 ? new Map<string, Set<string>>() : childSegments(pages);
  const namesByKey = singletons.length === 0 ? [] : [...propertiesByKey].map(([key, properties]): [string, ReadonlySet<string>] => [key, new Set(properties.map((p) => p.name.toLowerCase()))]);
  const described = singletons.map((binding) => ({ binding, type: typeListingChildren(children.get((binding.prefix[0] ?? '').toLowerCase()) ?? new Set(), namesByKey) }));
  const named = described.flatMap(({ binding, type }) => (type === undefined ? [] : [{ binding: { ...binding, name: type }, guessed: false }]));
  const guesses = described.flatMap(({ binding, type }) => (type === undefined ? [{ binding, guessed: true }] : []));
  return [...titled.map((binding) => ({ binding, guessed: false })), ...namesakes, ...named, ...guesses].flatMap(({ binding, guessed }) => {
    const namespace = pageNamespace(binding.page);
    const key = typeKey(qualify(binding.name, namespace));
    if (table.enumIdOf(key) !== undefined) return [];
    const place = binding.page.operation?.place ?? { file: binding.page.file, line: 1, column: 1 };
    const name = qualify(binding.name, namespace);
    const id = guessed ? `${name.namespace}.${name.name}` : table.objectIdOf(key, binding.name, namespace, place);
    return [{ prefix: binding.prefix, id, place, key, guessed, written: binding.name, namespace }];
  });
}

/**
 * The described type a root segment no page types holds, read from what the paths put under
 * it: the type whose properties name the most of the root's child segments, at least two, more
 * than half of them and more than any other type's (`/auditLogs/directoryAudits`, `/auditLogs/signIns` and
 * `/auditLogs/provisioning`: auditlogroot.md's `auditLogRoot` lists `directoryAudits` and
 * `signIns`; servicePrincipal lists 4 of the 11 segments under `/policies`). Undefined when
 * no type stands out: the root is then named after its segment.
 */
function typeListingChildren(children: ReadonlySet<string>, namesByKey: readonly (readonly [string, ReadonlySet<string>])[]): string | undefined {
  const wanted = [...children];
  const scored = namesByKey
    .map(([key, names]) => ({ key, count: wanted.filter((child) => names.has(child)).length }))
    .sort((a, b) => b.count - a.count || (a.key < b.key ? -1 : 1));
  const [best, next] = scored;
  return best !== undefined && best.count >= 2 && best.count * 2 > children.size && (next === undefined || next.count < best.count) ? best.key : undefined;
}

/** The child segments the request lines write under each root segment, lowercased, calls' arguments dropped: `/auditLogs/signIns` → auditlogs: signins. */
function childSegments(pages: readonly PageFacts[]): Map<string, Set<string>> {
  const children = new Map<string, Set<string>>();
  for (const page of pages) {
    for (const line of page.operation?.requests ?? []) {
      const [root, child] = segmentsOf(line.path);
      if (root === undefined || child === undefined) continue;
      const under = children.get(root.toLowerCase()) ?? new Set<string>();
      under.add(child.replace(/\(.*$/, '').toLowerCase());
      children.set(root.toLowerCase(), under);
    }
  }
  return children;
}
