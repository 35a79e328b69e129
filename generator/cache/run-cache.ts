import { loadPack, savePack } from './pack-file.js';

/**
 * A content-addressed cache for one kind of result, loaded from its pack at the start and
 * saved at the end of a run. Only entries this run used are saved, so the pack holds one
 * input's worth, never every version of every page ever seen.
 */
export interface RunCache<T> {
  /** False for `noCache()`: callers skip preparing values nobody keeps. */
  readonly active: boolean;
  get(key: string): T | undefined;
  set(key: string, value: T): void;
  /** Hits and misses since the last save, for `--verbose`-style reporting and tests. */
  readonly stats: { hits: number; misses: number };
  /** Persists this run's entries (when they differ from the pack's) and starts the next run from them (watch mode). */
  save(): Promise<void>;
}

/**
 * A cache kept in `dir` (loaded now, saved by `save`), or only in memory when `dir` is
 * undefined (watch mode with `--no-cache`). Entries that fail `isValid` are dropped on load.
 */
export async function openRunCache<T>(dir: string | undefined, kind: string, version: string, isValid: (value: unknown) => value is T): Promise<RunCache<T>> {
  const loaded = dir === undefined ? new Map<string, unknown>() : await loadPack<unknown>(dir, kind, version);
  let entries = new Map<string, T>();
  for (const [key, value] of loaded) if (isValid(value)) entries.set(key, value);
  let used = new Map<string, T>();
  let added = 0;
  const stats = { hits: 0, misses: 0 };
  return {
    active: true,
    get(key) {
      const value = used.get(key) ?? entries.get(key);
      if (value === undefined) {
        stats.misses++;
        return undefined;
      }
      stats.hits++;
      used.set(key, value);
      return value;
    },
    set(key, value) {
      if (!used.has(key) && !entries.has(key)) added++;
      used.set(key, value);
    },
    stats,
    async save() {
      if (dir !== undefined && (added > 0 || used.size !== entries.size)) await savePack(dir, kind, version, used);
      entries = used;
      used = new Map();
      added = 0;
      stats.hits = 0;
      stats.misses = 0;
    },
  };
}

/** A cache that remembers nothing (`--no-cache`): every run parses and compiles afresh. */
export function noCache<T>(): RunCache<T> {
  const stats = { hits: 0, misses: 0 };
  return {
    active: false,
    get: () => {
      stats.misses++;
      return undefined;
    },
    set: () => undefined,
    stats,
    save: async () => undefined,
  };
}
