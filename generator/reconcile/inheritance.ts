import type { Property, TypeRef } from '../model/index.js';

/** A base a page states outright, strongest first: the annotation's `baseType`, then prose. */
export interface StatedBase {
  readonly key: string;
  readonly via: 'annotation' | 'prose';
}

/**
 * Chooses each type's direct base. Evidence, strongest first: bases the pages state (the
 * annotation's `baseType`, "inherits from [x]" prose), then the types its rows say
 * properties are inherited from. Among the candidates of one kind, the direct base is the one
 * that is not itself an ancestor of another candidate (a page stating `entity` and another
 * stating `directoryObject`, which derives from `entity`, mean `directoryObject`); then an
 * annotation beats prose, then the most named, then the alphabetically first. Cycles (pages
 * contradicting each other) are broken by dropping the edge that would close them.
 */
export function chooseBases(candidates: ReadonlyMap<string, readonly string[]>, stated: ReadonlyMap<string, readonly StatedBase[]> = new Map()): Map<string, string> {
  const edges = new Map<string, string[]>();
  for (const [key, list] of candidates) edges.set(key, [...list]);
  for (const [key, list] of stated) edges.set(key, [...(edges.get(key) ?? []), ...list.map((base) => base.key)]);
  const ancestorsOf = (key: string, seen = new Set<string>()): Set<string> => {
    for (const candidate of edges.get(key) ?? []) {
      if (candidate === key || seen.has(candidate)) continue;
      seen.add(candidate);
      ancestorsOf(candidate, seen);
    }
    return seen;
  };
  const pick = (key: string, weighted: readonly (readonly [string, number])[]): string | undefined => {
    const counts = new Map<string, number>();
    for (const [candidate, weight] of weighted) if (candidate !== key) counts.set(candidate, (counts.get(candidate) ?? 0) + weight);
    const distinct = [...counts.keys()];
    const direct = distinct.filter((candidate) => !distinct.some((other) => other !== candidate && ancestorsOf(other).has(candidate)));
    const pool = direct.length > 0 ? direct : distinct;
    return pool.sort((a, b) => (counts.get(b) ?? 0) - (counts.get(a) ?? 0) || (a < b ? -1 : 1))[0];
  };
  const bases = new Map<string, string>();
  const keys = [...new Set([...stated.keys(), ...candidates.keys()])].sort();
  for (const key of keys) {
    const statedHere = stated.get(key) ?? [];
    const chosen =
      statedHere.length > 0
        ? pick(key, statedHere.map((base) => [base.key, base.via === 'annotation' ? 1000 : 1] as const))
        : pick(key, (candidates.get(key) ?? []).map((candidate) => [candidate, 1] as const));
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

/** A lookup of a type's property type by name: `(owner, name)`, undefined when neither it nor an ancestor has one. */
export type PropertyOf = (owner: string, name: string) => TypeRef | undefined;

/** A type's property by name (any case), its own or an ancestor's. */
export function propertyLookup(ownProperties: ReadonlyMap<string, readonly Property[]>, bases: ReadonlyMap<string, string>): PropertyOf {
  return (owner, name) => {
    const lower = name.toLowerCase();
    for (const key of [owner.toLowerCase(), ...ancestorChain(bases, owner.toLowerCase())]) {
      const found = ownProperties.get(key)?.find((p) => p.name.toLowerCase() === lower);
      if (found) return found.type;
    }
    return undefined;
  };
}
