import { readdir, readFile, stat } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { glob } from 'tinyglobby';
import type { Diagnostic } from '../model/index.js';
import { diagnostic } from '../model/index.js';
import type { InputPage } from '../pipeline.js';
import { decodePage } from './decode-page.js';

export class UsageError extends Error {}

/**
 * The largest page md2ts parses. The biggest page of the Graph v1.0 docs is about 80 KB; the
 * parser's time grows faster than linearly with a page's size (about 3 s for 1 MiB of dense
 * tables and examples, 90 s for 5 MiB), so a larger page is far more likely a mistake (a
 * generated dump, a misplaced file) than a reference page, and skipping it with a diagnostic
 * keeps one file from holding up or exhausting a whole run.
 */
export const MAX_PAGE_BYTES = 1024 * 1024;

export interface InputPages {
  readonly pages: InputPage[];
  /** About files that could not be read as pages: unreadable, too large, binary, empty, bad UTF-8. */
  readonly diagnostics: Diagnostic[];
  /** How many `.md` files were not read as pages (each has a diagnostic saying why). */
  readonly skipped: number;
}

/** Plain words for the errors a docs tree gives; anything else keeps Node's message. */
const REASONS: Readonly<Record<string, string>> = {
  ENOENT: 'it disappeared while md2ts was reading the docs (ENOENT)',
  EACCES: 'permission denied (EACCES)',
  EPERM: 'permission denied (EPERM)',
  EISDIR: 'it is a directory (EISDIR)',
};

/** `52,428,800 bytes (50 MiB)`: exact, so a page one byte over the limit does not read as equal to it. */
const formatBytes = (bytes: number): string => `${bytes.toLocaleString('en-US')} bytes (${Math.round((bytes / (1024 * 1024)) * 10) / 10} MiB)`;

export async function readPage(inputDir: string, file: string): Promise<{ page: InputPage | undefined; diagnostics: readonly Diagnostic[] }> {
  const start = { file, line: 1, column: 1 };
  try {
    // A file can vanish or lose its permissions between the walk and the read: a diagnostic, not a failed run.
    const info = await stat(join(inputDir, file));
    if (info.size > MAX_PAGE_BYTES) return { page: undefined, diagnostics: [diagnostic('input-too-large', start, { size: formatBytes(info.size), limit: formatBytes(MAX_PAGE_BYTES) })] };
    return decodePage(file, await readFile(join(inputDir, file)));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason = (code !== undefined ? REASONS[code] : undefined) ?? (error instanceof Error ? error.message : String(error));
    return { page: undefined, diagnostics: [diagnostic('input-unreadable', start, { reason })] };
  }
}

/**
 * The `.md` entries below the input dir that are symbolic links, which the walk skips: each
 * gets a diagnostic, so a linked page is not silently missing. Hidden folders are not looked in,
 * as the walk does not look in them either.
 */
async function linkedPages(inputDir: string): Promise<Diagnostic[]> {
  const entries = await readdir(inputDir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isSymbolicLink() && entry.name.endsWith('.md'))
    .map((entry) => relative(inputDir, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .filter((file) => !file.split('/').some((segment) => segment.startsWith('.')))
    .sort()
    .map((file) => diagnostic('input-symlink', { file, line: 1, column: 1 }, {}));
}

/**
 * Every `.md` page below the input dir. Symbolic links are not followed (each linked page gets
 * a diagnostic), so a link loop in a docs tree cannot make the walk endless. A file that cannot be read as a page is a
 * diagnostic on that file and the rest still generates. An input dir that is missing or not
 * a directory is a usage error (exit 2).
 */
export async function readInputPages(inputDir: string): Promise<InputPages> {
  const info = await stat(inputDir).catch(() => undefined);
  if (!info) throw new UsageError(`input dir ${inputDir} does not exist`);
  if (!info.isDirectory()) throw new UsageError(`input ${inputDir} is not a directory`);
  const files = await glob('**/*.md', { cwd: inputDir, followSymbolicLinks: false, onlyFiles: true, dot: false, expandDirectories: false });
  files.sort();
  const read = await Promise.all(files.map((file) => readPage(inputDir, file)));
  const links = await linkedPages(inputDir);
  return {
    pages: read.flatMap((r) => (r.page === undefined ? [] : [r.page])),
    diagnostics: [...read.flatMap((r) => r.diagnostics), ...links],
    skipped: read.filter((r) => r.page === undefined).length + links.length,
  };
}
