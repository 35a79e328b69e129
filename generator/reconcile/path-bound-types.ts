import type { PageFacts, SourcePlace } from '../model/index.js';
import { pageNamespace } from './claims.js';
import { qualify, typeKey } from './names.js';
import { segmentsOf } from './path-properties.js';
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
export function pathBoundTypes(pages: readonly PageFacts[], table: TypeTable, isObjectKey: (key: string) => boolean): PathBoundType[] {
  const keyOf = (name: string, page: PageFacts): string => typeKey(qualify(name, pageNamespace(page)));
  const titled = readTitleBindings(pages, segmentsOf, (name, page) => isObjectKey(keyOf(name, page)));
  const titledRoots = new Set(titled.map((binding) => binding.prefix.join('/').toLowerCase()));
  // Taken before the titles register their types, as the singletons must name no known type.
  const singletons = readRootSingletons(pages, segmentsOf).filter((binding) => {
    const key = keyOf(binding.name, binding.page);
    return !titledRoots.has(binding.prefix.join('/').toLowerCase()) && !isObjectKey(key) && table.enumIdOf(key) === undefined;
  });
  return [...titled.map((binding) => ({ binding, guessed: false })), ...singletons.map((binding) => ({ binding, guessed: true }))].flatMap(({ binding, guessed }) => {
    const namespace = pageNamespace(binding.page);
    const key = typeKey(qualify(binding.name, namespace));
    if (table.enumIdOf(key) !== undefined) return [];
    const place = binding.page.operation?.place ?? { file: binding.page.file, line: 1, column: 1 };
    const name = qualify(binding.name, namespace);
    const id = guessed ? `${name.namespace}.${name.name}` : table.objectIdOf(key, binding.name, namespace, place);
    return [{ prefix: binding.prefix, id, place, key, guessed, written: binding.name, namespace }];
  });
}
