import { existsSync } from 'node:fs';
import { mkdir, readFile, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join, relative, sep } from 'node:path';
import { UsageError } from './read-input.js';

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
 * longer generated disappear with the old dir.
 */
export async function writeOutputDir(outDir: string, files: ReadonlyMap<string, string>, options: { force: boolean }): Promise<void> {
  if (!options.force) await assertOwnedByUs(outDir);
  const staging = `${outDir}.md2ts-tmp-${process.pid}`;
  const previous = `${outDir}.md2ts-old-${process.pid}`;
  await rm(staging, { recursive: true, force: true });
  for (const [path, text] of files) {
    const target = join(staging, path);
    await mkdir(dirname(target), { recursive: true });
    await writeFile(target, text);
  }
  await writeFile(join(staging, MANIFEST), `${JSON.stringify([...files.keys()], null, 2)}\n`);
  const hadPrevious = existsSync(outDir);
  if (hadPrevious) await rename(outDir, previous);
  await rename(staging, outDir);
  if (hadPrevious) await rm(previous, { recursive: true, force: true });
}
