/** A base a page states outright, strongest first: the annotation's `baseType`, then prose. */
export interface StatedBase {
  readonly key: string;
  readonly via: 'annotation' | 'prose';
}

/**
 * Chooses each type's direct base. A base the pages state (annotation `baseType`, "inherits
 * from [x]") wins: an annotation over prose, then the most stated. Otherwise the base is
 * inferred from the types its rows say properties are inherited from.
 * A table may name several (rows inherited from `entity` and from `outlookItem`): the direct
 * base is the candidate that is not itself an ancestor of another candidate; among several
 * such, the one named by the most rows, then the alphabetically first, for determinism.
 * Cycles (a page contradicting another) are broken by dropping the edge that closes them.
 */
export function chooseBases(candidates: ReadonlyMap<string, readonly string[]>, stated: ReadonlyMap<string, readonly StatedBase[]> = new Map()): Map<string, string> {
  const bases = new Map<string, string>();
  const ancestorsOf = (key: string, seen = new Set<string>()): Set<string> => {
    for (const candidate of candidates.get(key) ?? []) {
      if (candidate === key || seen.has(candidate)) continue;
      seen.add(candidate);
      ancestorsOf(candidate, seen);
    }
    return seen;
  };
  for (const key of [...stated.keys()].sort()) {
    const counts = new Map<string, number>();
    for (const base of stated.get(key) ?? []) if (base.key !== key) counts.set(base.key, (counts.get(base.key) ?? 0) + (base.via === 'annotation' ? 1000 : 1));
    const chosen = [...counts].sort(([a, x], [b, y]) => y - x || (a < b ? -1 : 1))[0]?.[0];
    if (chosen !== undefined && !createsCycle(bases, key, chosen)) bases.set(key, chosen);
  }
  for (const key of [...candidates.keys()].sort()) {
    if (bases.has(key)) continue;
    const named = (candidates.get(key) ?? []).filter((candidate) => candidate !== key);
    const counts = new Map<string, number>();
    for (const candidate of named) counts.set(candidate, (counts.get(candidate) ?? 0) + 1);
    const distinct = [...counts.keys()];
    const direct = distinct.filter((candidate) => !distinct.some((other) => other !== candidate && ancestorsOf(other).has(candidate)));
    const pool = direct.length > 0 ? direct : distinct;
    const chosen = pool.sort((a, b) => (counts.get(b) ?? 0) - (counts.get(a) ?? 0) || (a < b ? -1 : 1))[0];
    if (chosen !== undefined && !createsCycle(bases, key, chosen)) bases.set(key, chosen);
  }
  return bases;
}

function createsCycle(bases: ReadonlyMap<string, string>, key: string, base: string): boolean {
  for (let at: string | undefined = base; at !== undefined; at = bases.get(at)) if (at === key) return true;
  return false;
}

/** The chain of ancestors of a key, nearest first. */
export function ancestorChain(bases: ReadonlyMap<string, string>, key: string): string[] {
  const chain: string[] = [];
  for (let at = bases.get(key); at !== undefined && !chain.includes(at); at = bases.get(at)) chain.push(at);
  return chain;
}
