import { mkdir, readFile, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { deserialize, serialize } from 'node:v8';

/**
 * A cache pack: one file holding every entry of one kind (`facts`, `compiled`) for one code
 * version, as `<dir>/<kind>-<version>.bin`. V8's serializer (the structured clone that worker
 * threads use too) keeps what JSON would lose: `undefined` fields, `NaN`, shared references.
 */
interface Pack<T> {
  readonly version: string;
  readonly entries: ReadonlyMap<string, T>;
}

const packPath = (dir: string, kind: string, version: string): string => join(dir, `${kind}-${version}.bin`);

/** The entries of a pack, or none when it is missing, unreadable, or of another version. */
export async function loadPack<T>(dir: string, kind: string, version: string): Promise<Map<string, T>> {
  try {
    const pack = deserialize(await readFile(packPath(dir, kind, version))) as Pack<T>;
    return pack.version === version && pack.entries instanceof Map ? new Map(pack.entries) : new Map();
  } catch {
    // A missing or damaged pack is an empty cache: the run parses afresh and writes a good one.
    return new Map();
  }
}

/**
 * Writes a pack atomically (a temporary file renamed over it, so a reader or a killed run
 * never sees half a pack) and deletes packs of this kind left by other code versions.
 */
export async function savePack<T>(dir: string, kind: string, version: string, entries: ReadonlyMap<string, T>): Promise<void> {
  await mkdir(dir, { recursive: true });
  const target = packPath(dir, kind, version);
  const temporary = `${target}.${process.pid}.tmp`;
  await writeFile(temporary, serialize({ version, entries } satisfies Pack<T>));
  await rename(temporary, target);
  const stale = (await readdir(dir)).filter((name) => name.startsWith(`${kind}-`) && name.endsWith('.bin') && join(dir, name) !== target);
  await Promise.all(stale.map((name) => rm(join(dir, name), { force: true })));
}
