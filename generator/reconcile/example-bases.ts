import type { Example, ObjectType } from '../model/index.js';
import type { UrlPlacement } from './url-placements.js';
import { typeLookup, walkExample } from './walk-example.js';

/**
 * Bases the examples show: where a slot the docs type as X holds an object whose
 * `@odata.type` names Y, Y is X or derives from it (accessReviewInstanceDecisionItem's
 * `principal`, typed `identity`, holds a `#microsoft.graph.userIdentity`). Only types no page
 * gives a base get one this way, or whose base was only inferred from their key (`rebasable`,
 * lower-case ids) when the slot's type got its base that way too and derives from that base,
 * so the key stays inherited;
 * among several slots, the most seen wins, then the first by id. An object's URL (its
 * response's `Location`, its `@odata.id`) shows its slot too (`placements`, url-placements.ts).
 */
export function inferBasesFromExamples(
  objects: readonly ObjectType[],
  examples: readonly Example[],
  rebasable: ReadonlySet<string> = new Set(),
  placements: readonly UrlPlacement[] = [],
): Map<string, string> {
  const lookup = typeLookup({ objects, enums: [] });
  const votes = new Map<string, Map<string, number>>();
  const descends = (id: string, ancestor: string): boolean => {
    const seen = new Set<string>();
    for (let at = lookup.objects.get(id); at && !seen.has(at.id); at = at.base ? lookup.objects.get(at.base) : undefined) {
      if (at.id === ancestor) return true;
      seen.add(at.id);
    }
    return false;
  };
  const vote = (declared: string, actual: string): void => {
    const type = lookup.objects.get(actual);
    if (!type || !lookup.objects.has(declared) || descends(declared, actual)) return;
    // A key guess is refined only by a slot type that is a key guess too: a stated hierarchy
    // (servicePrincipal's) must not pull a type into it on one example's word.
    const refines = rebasable.has(type.id.toLowerCase()) && rebasable.has(declared.toLowerCase()) && descends(declared, type.base ?? '');
    if (type.base !== undefined && !refines) return;
    const forType = votes.get(actual) ?? new Map<string, number>();
    forType.set(declared, (forType.get(declared) ?? 0) + 1);
    votes.set(actual, forType);
  };
  for (const example of examples) {
    walkExample(lookup, example, ({ declared, actual }) => {
      if (declared.kind !== 'object' || actual === undefined || actual === declared.id) return;
      vote(declared.id, actual);
    });
  }
  // An object's URL places it as a slot does (url-placements.ts).
  for (const placement of placements) if (placement.actual !== placement.declared) vote(placement.declared, placement.actual);
  const best = new Map<string, readonly [string, number]>();
  for (const [id, forType] of [...votes].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const [top] = [...forType].sort(([a, x], [b, y]) => y - x || (a < b ? -1 : 1));
    if (top) best.set(id, top);
  }
  // Two types shown in each other's slots (a doc's slip one way, four examples the other way):
  // the better-attested direction wins, and a tie says nothing.
  const bases = new Map<string, string>();
  for (const [id, [base, count]] of best) {
    const reverse = best.get(base);
    if (reverse !== undefined && reverse[0] === id && reverse[1] >= count) continue;
    bases.set(id, base);
  }
  return bases;
}
