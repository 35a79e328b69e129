/**
 * Equal as plain data: arrays and objects with the same keys in the same order (an example
 * body's key order reaches the output) and equal values. Prototypes do not count, unlike
 * `util.isDeepStrictEqual`: the JSON reader makes objects without one, and page facts read
 * back from the cache have the usual one. Anything else that is an object (a Map, a Date) is
 * equal only to itself: page facts hold none today, and a stale answer would be worse than a
 * slow one (the watch session would keep a structure the page no longer has).
 */
export function sameData(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (!isPlain(a) || !isPlain(b) || Array.isArray(a) !== Array.isArray(b)) return false;
  const keys = Object.keys(a);
  const others = Object.keys(b);
  const left = a as Record<string, unknown>;
  const right = b as Record<string, unknown>;
  return keys.length === others.length && keys.every((key, index) => others[index] === key && sameData(left[key], right[key]));
}

function isPlain(value: unknown): value is object {
  if (typeof value !== 'object' || value === null) return false;
  const prototype: unknown = Object.getPrototypeOf(value);
  return prototype === null || prototype === Object.prototype || prototype === Array.prototype;
}
