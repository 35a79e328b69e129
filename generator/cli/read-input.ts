import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { glob } from 'tinyglobby';
import type { InputPage } from '../pipeline.js';

export class UsageError extends Error {}

/**
 * Every `.md` page below the input dir, read as UTF-8. Symbolic links are not followed, so a
 * link loop in a docs tree cannot make the walk endless. An input dir that is missing or not
 * a directory is a usage error (exit 2).
 */
export async function readInputPages(inputDir: string): Promise<InputPage[]> {
  const info = await stat(inputDir).catch(() => undefined);
  if (!info) throw new UsageError(`input dir ${inputDir} does not exist`);
  if (!info.isDirectory()) throw new UsageError(`input ${inputDir} is not a directory`);
  const files = await glob('**/*.md', { cwd: inputDir, followSymbolicLinks: false, onlyFiles: true, dot: false, expandDirectories: false });
  files.sort();
  return Promise.all(files.map(async (file) => ({ file, text: await readFile(join(inputDir, file), 'utf8') })));
}
