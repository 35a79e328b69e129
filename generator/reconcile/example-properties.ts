import type { PrimitiveName, TypeExpr } from '../model/index.js';
import type { PropertyClaim } from './claims.js';

const NUMBERS: ReadonlySet<PrimitiveName> = new Set(['Int32', 'Double']);

/**
 * The properties examples show on objects of a type nothing else describes, one claim per
 * name. Examples give values, not types: where they show one property with values of
 * different kinds, it takes them all (workbook.md's function results: `"value": "28.3"` from
 * `vlookup`, `"value": 30` from `median`, so `Untyped`; `1` and `2.5` are a `Double`).
 */
export function exampleOnlyClaims(claims: readonly PropertyClaim[]): PropertyClaim[] {
  const byName = new Map<string, PropertyClaim[]>();
  for (const claim of claims) byName.set(claim.name, [...(byName.get(claim.name) ?? []), claim]);
  return [...byName.values()].flatMap(([first, ...rest]) => {
    if (first === undefined) return [];
    const kinds = new Set([first, ...rest].map((claim) => JSON.stringify(claim.type)));
    if (kinds.size === 1) return [first];
    const numbers = [first, ...rest].every((claim) => claim.type.kind === 'primitive' && NUMBERS.has(claim.type.name));
    const type: TypeExpr = { kind: 'primitive', name: numbers ? 'Double' : 'Untyped' };
    return [{ ...first, type }];
  });
}
