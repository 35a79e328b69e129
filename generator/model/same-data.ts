/**
 * Equal as plain data: arrays and objects with the same keys in the same order (an example
 * body's key order reaches the output) and equal values. Prototypes do not count, unlike
 * `util.isDeepStrictEqual`: the JSON reader makes objects without one, and page facts read
 * back from the cache have the usual one. Anything else that is an object (a Map, a Date) is
 * equal only to itself: the model and page facts hold none today, and a stale answer would be
 * worse than a slow one (a watch session would keep what the docs no longer say).
 *
 * Plain loops, no callbacks: a watch session compares the whole model with it on every edit.
 */
export function sameData(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  const array = Array.isArray(a);
  if (array !== Array.isArray(b)) return false;
  if (array) return sameItems(a as unknown[], b as unknown[]);
  return isPlainObject(a) && isPlainObject(b) && sameMembers(a as Record<string, unknown>, b as Record<string, unknown>);
}

function sameItems(a: readonly unknown[], b: readonly unknown[]): boolean {
  if (a.length !== b.length || Object.getPrototypeOf(a) !== Array.prototype || Object.getPrototypeOf(b) !== Array.prototype) return false;
  for (let index = 0; index < a.length; index++) if (!sameData(a[index], b[index])) return false;
  return true;
}

function sameMembers(a: Record<string, unknown>, b: Record<string, unknown>): boolean {
  const keys = Object.keys(a);
  const others = Object.keys(b);
  if (keys.length !== others.length) return false;
  for (let index = 0; index < keys.length; index++) {
    const key = keys[index] as string;
    if (others[index] !== key || !sameData(a[key], b[key])) return false;
  }
  return true;
}

function isPlainObject(value: object): boolean {
  const prototype: unknown = Object.getPrototypeOf(value);
  return prototype === null || prototype === Object.prototype;
}
