import type { Example, ObjectType } from '../model/index.js';
import { typeLookup, walkExample } from './walk-example.js';

/**
 * Bases the examples show: where a slot the docs type as X holds an object whose
 * `@odata.type` names Y, Y is X or derives from it (accessReviewInstanceDecisionItem's
 * `principal`, typed `identity`, holds a `#microsoft.graph.userIdentity`). Only types no page
 * gives a base get one this way; among several slots, the most seen wins, then the first by id.
 */
export function inferBasesFromExamples(objects: readonly ObjectType[], examples: readonly Example[]): Map<string, string> {
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
  for (const example of examples) {
    walkExample(lookup, example, ({ declared, actual }) => {
      if (declared.kind !== 'object' || actual === undefined || actual === declared.id) return;
      const type = lookup.objects.get(actual);
      if (!type || type.base !== undefined || descends(declared.id, actual)) return;
      const forType = votes.get(actual) ?? new Map<string, number>();
      forType.set(declared.id, (forType.get(declared.id) ?? 0) + 1);
      votes.set(actual, forType);
    });
  }
  const bases = new Map<string, string>();
  for (const [id, forType] of [...votes].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const [best] = [...forType].sort(([a, x], [b, y]) => y - x || (a < b ? -1 : 1));
    if (best) bases.set(id, best[0]);
  }
  return bases;
}
