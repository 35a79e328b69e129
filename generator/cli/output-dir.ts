import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { readFile, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { UsageError } from './read-input.js';
import { cleanStaleSiblings, previousDirOf, stagingDirOf } from './stale-siblings.js';

/** The list of files md2ts wrote into an out dir, so it can tell its own files from anyone else's. */
export const MANIFEST = '.md2ts-manifest.json';

async function listFiles(dir: string): Promise<string[]> {
  if (!existsSync(dir)) return [];
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() || entry.isSymbolicLink())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .sort();
}

/** Files of the out dir that differ from what would be written: changed, missing or stale. */
export async function diffOutputDir(outDir: string, files: ReadonlyMap<string, string>): Promise<string[]> {
  const present = new Set((await listFiles(outDir)).filter((file) => file !== MANIFEST));
  const differing: string[] = [];
  for (const [path, text] of files) {
    if (!present.has(path)) differing.push(`missing: ${path}`);
    else if ((await readFile(join(outDir, path), 'utf8')) !== text) differing.push(`changed: ${path}`);
    present.delete(path);
  }
  for (const stale of present) differing.push(`stale: ${stale}`);
  return differing.sort((a, b) => (a.slice(a.indexOf(' ')) < b.slice(b.indexOf(' ')) ? -1 : 1));
}

/** Refuses to replace an out dir that holds files md2ts did not write (per its manifest). */
async function assertOwnedByUs(outDir: string): Promise<void> {
  const files = await listFiles(outDir);
  if (files.length === 0) return;
  const manifestPath = join(outDir, MANIFEST);
  const listed = existsSync(manifestPath) ? new Set<string>(JSON.parse(await readFile(manifestPath, 'utf8')) as string[]) : new Set<string>();
  const foreign = files.filter((file) => file !== MANIFEST && !listed.has(file));
  if (foreign.length > 0) {
    throw new UsageError(`out dir ${outDir} holds files md2ts did not write (${foreign.slice(0, 3).join(', ')}${foreign.length > 3 ? ', …' : ''}); pass --force to replace it`);
  }
}

/**
 * Writes the package into a temporary sibling dir, then swaps it in with renames: a run that
 * dies part-way leaves the previous package whole, and files of earlier runs that are no
 * longer generated disappear with the old dir. Leftovers of killed runs are cleaned first.
 * Returns what that cleaning did, for the CLI to say.
 */
export async function writeOutputDir(out: string, files: ReadonlyMap<string, string>, options: { force: boolean }): Promise<string[]> {
  // Resolved, so `--out generated/` names a sibling `generated.md2ts-tmp-…`, not a folder inside the out dir.
  const outDir = resolve(out);
  const cleaned = await cleanStaleSiblings(outDir);
  if (!options.force) await assertOwnedByUs(outDir);
  const staging = stagingDirOf(outDir, process.pid);
  const previous = previousDirOf(outDir, process.pid);
  await rm(staging, { recursive: true, force: true });
  // Each folder made once, then every file written synchronously: for 17,000 small files this
  // is several times faster than awaiting one promise (and a thread-pool round trip) per file,
  // and nothing else runs meanwhile (issue 8: writing was most of an incremental run).
  for (const folder of new Set([...files.keys()].map((path) => dirname(join(staging, path))))) mkdirSync(folder, { recursive: true });
  for (const [path, text] of files) writeFileSync(join(staging, path), text);
  await writeFile(join(staging, MANIFEST), `${JSON.stringify([...files.keys()], null, 2)}\n`);
  const hadPrevious = existsSync(outDir);
  if (hadPrevious) await rename(outDir, previous);
  await rename(staging, outDir);
  if (hadPrevious) await rm(previous, { recursive: true, force: true });
  return cleaned;
}
