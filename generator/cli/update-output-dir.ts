import { mkdir, rename, rm, rmdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { MANIFEST } from './output-dir.js';
import type { OutputChanges } from './output-changes.js';

/** Writes a file whole or not at all: a temporary sibling renamed over it. */
async function replaceFile(path: string, text: string): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const temporary = `${path}.md2ts-tmp-${process.pid}`;
  await writeFile(temporary, text);
  await rename(temporary, path);
}

/**
 * Brings an out dir md2ts wrote (`writeOutputDir`, earlier in the same watch session) up to
 * date by touching only the files that changed: in watch mode, rewriting thousands of
 * unchanged files on every save would cost more than generating them. Each file is replaced
 * atomically; the manifest is rewritten last, so it never lists a file not yet there.
 */
export async function updateOutputDir(outDir: string, files: ReadonlyMap<string, string>, changes: OutputChanges): Promise<void> {
  for (const path of [...changes.changed, ...changes.added]) await replaceFile(join(outDir, path), files.get(path) ?? '');
  for (const path of changes.removed) {
    await rm(join(outDir, path), { force: true });
    // A folder left empty goes too, as it would with a full write; a folder still in use stays.
    await rmdir(dirname(join(outDir, path))).catch(() => undefined);
  }
  if (changes.added.length > 0 || changes.removed.length > 0) await replaceFile(join(outDir, MANIFEST), `${JSON.stringify([...files.keys()], null, 2)}\n`);
}
