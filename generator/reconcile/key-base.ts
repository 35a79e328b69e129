import type { TypeExpr } from '../model/index.js';
import type { ObjectClaims } from './claims.js';
import { ancestorChain } from './inheritance.js';

/** How many types must derive from a root before it is trusted as the declarer of a key. */
const MIN_DESCENDANTS = 2;

/**
 * The type that declares a key property for the whole API: among the root types (no base)
 * that have the property (own row or "Inherited from" rows), the one with the most types
 * derived from it. In v1.0 that is `entity`: hundreds of pages say they inherit from it, while
 * roots such as `deviceConfiguration` (whose pages state a key but no base) have a few dozen.
 */
function keyRoot(property: string, objects: ReadonlyMap<string, ObjectClaims>, bases: ReadonlyMap<string, string>): string | undefined {
  const descendants = new Map<string, number>();
  for (const key of objects.keys()) {
    for (const ancestor of ancestorChain(bases, key)) descendants.set(ancestor, (descendants.get(ancestor) ?? 0) + 1);
  }
  const roots = [...objects]
    .filter(([key, claims]) => !bases.has(key) && claims.properties.some((p) => p.name === property))
    .map(([key]) => [key, descendants.get(key) ?? 0] as const)
    .filter(([, count]) => count >= MIN_DESCENDANTS)
    .sort(([a, x], [b, y]) => y - x || (a < b ? -1 : 1));
  return roots[0]?.[0];
}

/** Whether two Type cells say the same thing (`String` and `String`, not `String` and `Int32`). */
const sameTypeExpr = (a: TypeExpr, b: TypeExpr): boolean => JSON.stringify(a) === JSON.stringify(b);

/**
 * An entity page states its key (`"keyProperty": "id"` in the JSON representation's
 * annotation) but often not its base. Its key comes from the type that declares that key for
 * the whole API (see keyRoot), so a keyed type with no base gets that type as its base,
 * unless it is that type. A type only keyed by its own table's row must type that row as the
 * root does: chatMessageMention's `id` is an Int32 index, not an entity key. Returns the keys
 * based this way: weaker evidence than a page's, which examples may refine (example-bases.ts).
 */
export function inferKeyBases(objects: ReadonlyMap<string, ObjectClaims>, bases: Map<string, string>): Set<string> {
  const roots = new Map<string, string | undefined>();
  const inferred = new Set<string>();
  // Key names some annotation states (`id`): a type whose own table lists one is keyed too.
  const keyNames = new Set([...objects.values()].flatMap((claims) => claims.keyProperties));
  const ownKeyRow = (claims: ObjectClaims) => claims.properties.find((p) => p.via === 'own-row' && keyNames.has(p.name));
  const keyOf = (claims: ObjectClaims): string | undefined => claims.keyProperties[0] ?? ownKeyRow(claims)?.name;
  const keyed = [...objects].filter(([key, claims]) => !bases.has(key) && keyOf(claims) !== undefined).sort(([a], [b]) => (a < b ? -1 : 1));
  for (const [key, claims] of keyed) {
    const property = keyOf(claims) ?? '';
    if (!roots.has(property)) roots.set(property, keyRoot(property, objects, bases));
    const root = roots.get(property);
    if (root === undefined || root === key || ancestorChain(bases, root).includes(key)) continue;
    if (claims.keyProperties.length === 0) {
      const own = ownKeyRow(claims);
      const rootRow = objects.get(root)?.properties.find((p) => p.name === property);
      if (own !== undefined && rootRow !== undefined && !sameTypeExpr(own.type, rootRow.type)) continue;
    }
    bases.set(key, root);
    inferred.add(key);
  }
  return inferred;
}

/**
 * A type the API's paths address as an entity (see addressedTypes: `GET /reports`, `GET
 * /users/{id}`) is keyed even when its page states no key (reportroot.md, usersettings.md):
 * with no base from any stronger evidence, it derives from the key root of the key most
 * annotations state, as inferKeyBases does for pages that state one.
 */
export function inferAddressedBases(objects: ReadonlyMap<string, ObjectClaims>, bases: Map<string, string>, addressed: ReadonlySet<string>): void {
  const votes = new Map<string, number>();
  for (const claims of objects.values()) for (const key of claims.keyProperties) votes.set(key, (votes.get(key) ?? 0) + 1);
  const property = [...votes].sort(([a, x], [b, y]) => y - x || (a < b ? -1 : 1))[0]?.[0];
  if (property === undefined) return;
  const root = keyRoot(property, objects, bases);
  if (root === undefined) return;
  for (const key of [...addressed].sort()) {
    if (bases.has(key) || key === root || ancestorChain(bases, root).includes(key)) continue;
    bases.set(key, root);
  }
}
