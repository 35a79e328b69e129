/**
 * What a watch session's emitters keep from one run to the next, so that an edit re-emits only
 * the declarations it changed. Reconciling builds every declaration anew after an edit of
 * structure; `shareUnchanged` then gives each unchanged one last run's object back, and the
 * emitters know it by identity. A one-off run uses `NO_EMIT_MEMO`, which keeps nothing.
 */
export interface EmitMemo {
  /**
   * `make`, remembering what it made of each first argument: asked again with the same one (the
   * same object) and the same other arguments, it gives the same result back. `make` must read
   * nothing but its arguments (module constants aside); an argument that is an array counts as
   * the same when its items are (a list built anew each run from unchanged parts). `make` is a
   * module's function, the same each run: each one gets a table of its own. Call the result
   * with exactly `make`'s arguments: as an `Array.map` callback it would be given the index and
   * the whole list too, and compare them.
   */
  remember<K extends object, A extends readonly unknown[], R>(make: (key: K, ...args: A) => R): (key: K, ...args: A) => R;
  /**
   * What `share` makes of last run's value under `slot` and this one (`next` alone the first
   * time): the value to use this run, and to share with next time. `share` returns `previous`
   * where it equals `next`, so what is made from it can be remembered.
   */
  keep<T>(slot: string, next: T, share: (previous: T, next: T) => T): T;
}

/** For a one-off run: nothing kept, every call made. */
export const NO_EMIT_MEMO: EmitMemo = {
  remember: (make) => make,
  keep: (_slot, next) => next,
};

interface Made<A extends readonly unknown[], R> {
  readonly args: A;
  readonly result: R;
}

export function createEmitMemo(): EmitMemo {
  // One table per function: the same object may be the key of several (a type's model and its validator).
  // Weak: a function made anew each run (against the rule above) would never hit, but would not pile up either.
  const tables = new WeakMap<(...args: never[]) => unknown, WeakMap<object, Made<readonly unknown[], unknown>>>();
  const kept = new Map<string, unknown>();
  return {
    remember<K extends object, A extends readonly unknown[], R>(make: (key: K, ...args: A) => R): (key: K, ...args: A) => R {
      let table = tables.get(make) as WeakMap<K, Made<A, R>> | undefined;
      if (table === undefined) {
        table = new WeakMap<K, Made<A, R>>();
        tables.set(make, table as WeakMap<object, Made<readonly unknown[], unknown>>);
      }
      const known = table;
      return (key, ...args) => {
        const hit = known.get(key);
        if (hit !== undefined && sameArguments(hit.args, args)) return hit.result;
        const result = make(key, ...args);
        known.set(key, { args, result });
        return result;
      };
    },
    keep<T>(slot: string, next: T, share: (previous: T, next: T) => T): T {
      const value = kept.has(slot) ? share(kept.get(slot) as T, next) : next;
      kept.set(slot, value);
      return value;
    },
  };
}

function sameArguments(a: readonly unknown[], b: readonly unknown[]): boolean {
  if (a.length !== b.length) return false;
  for (let index = 0; index < a.length; index++) if (!sameArgument(a[index], b[index])) return false;
  return true;
}

/** The same object; or two arrays of the same items (a list made anew each run, say a type's derived types). */
function sameArgument(a: unknown, b: unknown): boolean {
  return a === b || (Array.isArray(a) && Array.isArray(b) && sameItems(a, b));
}

function sameItems(a: readonly unknown[], b: readonly unknown[]): boolean {
  if (a.length !== b.length) return false;
  for (let index = 0; index < a.length; index++) if (a[index] !== b[index]) return false;
  return true;
}

/** For `keep`: last run's list where it holds the same items (the same objects), so a list made anew can be a key. */
export function sharedList<T>(previous: readonly T[], next: readonly T[]): readonly T[] {
  return sameItems(previous, next) ? previous : next;
}
