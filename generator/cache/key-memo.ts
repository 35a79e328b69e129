/**
 * Content keys remembered by path, for a long-lived session (`generate --watch`): a path whose
 * text is the one it had last time gets last time's key without hashing the text again. Keys
 * are a pure function of path and text, so a remembered one is exactly what hashing would give.
 *
 * Why: every save hashed all of the input's pages (13 MB for the Graph v1.0 docs) and all of
 * the emitted sources (another 10 MB), some 50 ms of a 1.2–1.6 s regeneration, to find the one page
 * and the few files that changed. An unchanged page keeps its text object between runs, so the
 * comparison is one pointer check; an emitted file is a new string each run and is compared
 * character by character, still several times faster than hashing it.
 */
export interface KeyMemo {
  /** `keyOf(path, text)`, remembered for `path` until the text differs. */
  keyOf(path: string, text: string, keyOf: (path: string, text: string) => string): string;
  /** Forgets the paths not asked for since the last `prune` (pages deleted, files no longer emitted). */
  prune(): void;
}

interface Remembered {
  readonly text: string;
  /** The function that made `key`: one memo serves several kinds of key, whose paths could meet. */
  readonly keyOf: (path: string, text: string) => string;
  readonly key: string;
}

export function createKeyMemo(): KeyMemo {
  let known = new Map<string, Remembered>();
  let asked = new Map<string, Remembered>();
  return {
    keyOf(path, text, keyOf) {
      const remembered = asked.get(path) ?? known.get(path);
      const entry = remembered !== undefined && remembered.text === text && remembered.keyOf === keyOf ? remembered : { text, keyOf, key: keyOf(path, text) };
      asked.set(path, entry);
      return entry.key;
    },
    prune() {
      known = asked;
      asked = new Map();
    },
  };
}

/** No memory between runs (a one-off `generate`): every key is computed. */
export const NO_KEY_MEMO: KeyMemo = { keyOf: (path, text, keyOf) => keyOf(path, text), prune: () => undefined };
