import { diffOpenApiDocuments } from '../diff/diff-apis.js';
import type { DiffFormat } from '../diff/render-diff.js';
import { renderDiff } from '../diff/render-diff.js';
import type { Console } from './console.js';
import { loadApiDocument } from './load-api.js';
import { UsageError } from './read-input.js';

export interface DiffCommandOptions {
  readonly old: string;
  readonly new: string;
  readonly format: DiffFormat;
}

/**
 * `md2ts diff OLD NEW`: the API changes between two packages or docs trees, classified as
 * breaking or not, with a suggested semver bump, on stdout. How each side was read goes to
 * stderr. Exit 0 whatever the changes are (the diff is the answer), 2 when a side cannot be read.
 */
export async function runDiff(options: DiffCommandOptions, console: Console): Promise<number> {
  const [before, after] = await Promise.all([loadApiDocument(options.old), loadApiDocument(options.new)]);
  console.err(`old: ${before.note}`);
  console.err(`new: ${after.note}`);
  const diff = diffOpenApiDocuments(before.document, after.document);
  if ('error' in diff) throw new UsageError(diff.error.replace(/^old/, options.old).replace(/^new/, options.new));
  for (const line of renderDiff(diff, { old: options.old, new: options.new }, options.format).trimEnd().split('\n')) console.out(line);
  return 0;
}
