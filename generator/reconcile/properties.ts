import type { Diagnostic, Property, TypeRef } from '../model/index.js';
import { compareSourcePlaces, diagnostic } from '../model/index.js';
import type { PropertyClaim } from './claims.js';
import { longestProse } from './prose/prose-expr.js';
import type { TypeTable } from './resolve-type.js';
import { describeTypeRef, resolveTypeExpr } from './resolve-type.js';

/**
 * Order of trust between claims on one property: a row of the type's own table beats a row that
 * says it is inherited; a resource page's table beats an API page's request-body table (which
 * describes what one call sends: featurerolloutpolicy-post-policies.md types `isEnabled` as
 * `string` where the resource page says `Boolean`); a link beats a plain word; then page order.
 */
function rank(claim: PropertyClaim): number {
  const viaRow = claim.via === 'own-row' ? 0 : 4;
  const viaRequestBody = claim.fromRequestBody ? 2 : 0;
  const viaLink = claim.type.kind === 'named' && claim.type.via === 'word' ? 1 : 0;
  return viaRow + viaRequestBody + viaLink;
}

/**
 * Merges all claims on one type's properties into one property each: the best-ranked claim
 * gives the type (a disagreement is reported at it, naming the others); the longest cleaned
 * description wins (pages often leave it empty; `longestProse` chooses once the words are in); every claim's place is kept.
 */
export function mergeProperties(typeId: string, claims: readonly PropertyClaim[], table: TypeTable, diagnostics: Diagnostic[]): Property[] {
  const byName = new Map<string, PropertyClaim[]>();
  for (const claim of claims) byName.set(claim.name, [...(byName.get(claim.name) ?? []), claim]);
  const properties: Property[] = [];
  for (const [name, group] of byName) {
    const ordered = [...group].sort((a, b) => rank(a) - rank(b) || compareSourcePlaces(a.place, b.place));
    const resolved = ordered.map((claim) => ({
      claim,
      type: resolveTypeExpr(claim.type, { namespace: claim.namespace, propertyName: claim.name, place: claim.place }, table, diagnostics),
    }));
    const chosen = resolved[0];
    if (!chosen) continue;
    const conflict = resolved.find((other) => !sameType(other.type, chosen.type));
    if (conflict) {
      diagnostics.push(
        diagnostic(
          'property-type-conflict',
          chosen.claim.place,
          { type: typeId, property: name, chosen: describeTypeRef(chosen.type), other: describeTypeRef(conflict.type) },
          [{ place: conflict.claim.place, message: `typed ${describeTypeRef(conflict.type)} here` }],
        ),
      );
    }
    properties.push({ name, type: chosen.type, meta: { description: longestProse(group.map((claim) => claim.description)), sources: group.map((claim) => claim.place).sort(compareSourcePlaces) } });
  }
  return properties;
}

function sameType(a: TypeRef, b: TypeRef): boolean {
  return describeTypeRef(a) === describeTypeRef(b);
}
