import { existsSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { loadTemplates } from '../emit/render/templates.js';
import { generate } from '../pipeline.js';
import { formatSummary } from '../report/text.js';
import { readInputPages, UsageError } from './read-input.js';

export interface LoadedApi {
  /** The OpenAPI document, parsed. */
  readonly document: unknown;
  /** What the path was and how it was read, for a line on stderr. */
  readonly note: string;
}

async function readJson(file: string): Promise<unknown> {
  try {
    return JSON.parse(await readFile(file, 'utf8')) as unknown;
  } catch (error) {
    throw new UsageError(`cannot read ${file} as JSON: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/**
 * One side of `md2ts diff`: a generated package (its `openapi.json`, which lists every schema
 * and operation), an `openapi.json` file itself, or a docs tree, which is run through the
 * pipeline in memory (the OpenAPI emitter only) to get the document it would produce.
 */
export async function loadApiDocument(path: string): Promise<LoadedApi> {
  const info = await stat(path).catch(() => undefined);
  if (info === undefined) throw new UsageError(`${path} does not exist`);
  if (info.isFile()) return { document: await readJson(path), note: `${path}: OpenAPI document` };
  const openapi = join(path, 'openapi.json');
  if (existsSync(openapi)) return { document: await readJson(openapi), note: `${path}: generated package` };
  const input = await readInputPages(path);
  if (input.pages.length === 0 && input.skipped === 0) throw new UsageError(`${path} is neither a generated package (no openapi.json) nor a docs tree (no .md pages)`);
  const result = generate(input.pages, loadTemplates(), { packageName: 'md2ts-diff', packageVersion: '0.0.0', emitters: ['openapi'] });
  const text = result.files.get('openapi.json');
  if (text === undefined) throw new Error('the OpenAPI emitter wrote no openapi.json');
  return {
    document: JSON.parse(text) as unknown,
    note: `${path}: docs tree, ${input.pages.length} pages; ${formatSummary([...input.diagnostics, ...result.diagnostics])} (run md2ts generate to see them)`,
  };
}
