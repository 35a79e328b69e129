import type { ObjectType, Property, TypeId } from '../../../model/index.js';

/**
 * Every type derived from each object type, directly or not, sorted by id: a base's validator
 * must recognise all of them in `@odata.type` (Graph's `importedDeviceIdentityResult` arrives
 * where an `importedDeviceIdentity` is expected). A broken base chain (a cycle, a base the
 * model lacks) just ends there.
 */
export function findDescendants(objects: readonly ObjectType[]): ReadonlyMap<TypeId, readonly TypeId[]> {
  const byId = new Map(objects.map((object) => [object.id, object]));
  const descendants = new Map<TypeId, TypeId[]>(objects.map((object) => [object.id, []]));
  for (const object of objects) {
    const seen = new Set<TypeId>([object.id]);
    for (let base = object.base; base !== undefined && !seen.has(base); base = byId.get(base)?.base) {
      seen.add(base);
      descendants.get(base)?.push(object.id);
    }
  }
  for (const list of descendants.values()) list.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return descendants;
}

/**
 * A type and its bases, base first: what a validator of it reads (its inherited properties), so
 * a watch session re-emits it when any of them changed. A broken base chain just ends there.
 */
export function baseChain(object: ObjectType, byId: ReadonlyMap<TypeId, ObjectType>): ObjectType[] {
  const chain: ObjectType[] = [];
  const seen = new Set<TypeId>();
  for (let type: ObjectType | undefined = object; type !== undefined && !seen.has(type.id); type = type.base === undefined ? undefined : byId.get(type.base)) {
    seen.add(type.id);
    chain.unshift(type);
  }
  return chain;
}

/**
 * The own and inherited properties of the last type of a `baseChain`, base first. The docs list
 * only own properties on a type's page; validators inline the inherited ones so a check is one
 * straight-line function. A property redeclared lower down keeps its most-derived type, in its
 * base's position.
 */
export function chainProperties(chain: readonly ObjectType[]): Property[] {
  const properties = new Map<string, Property>();
  for (const type of chain) for (const property of type.properties) properties.set(property.name, property);
  return [...properties.values()];
}
