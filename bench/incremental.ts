import { cpSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { BenchContext } from './support/context.js';
import { coldGenerateArgs } from './support/context.js';
import type { Figure, Say } from './support/figure.js';
import { runCliTimed } from './support/spawn-timed.js';
import { startWatchSession } from './support/watch-session.js';
import { describeSamples, formatRatio, median } from './support/stats.js';

const PROPERTIES_TABLE = /^\|\s*Property\s*\|\s*Type\s*\|/im;

/**
 * The page to edit: the first (in path order) with a `Properties` section and a properties-style
 * table, a resource page, whose descriptions the package carries (an API page's request-body
 * table may only repeat what a resource page says, so editing it can change no output file);
 * else the first with such a table.
 */
function findEditablePage(input: string): string {
  const pages = readdirSync(input, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.md'))
    .map((entry) => relative(input, join(entry.parentPath, entry.name)))
    .sort();
  // Each page read once, in path order, until a resource page turns up.
  let firstWithTable: string | undefined;
  const page =
    pages.find((p) => {
      const text = readFileSync(join(input, p), 'utf8');
      if (!PROPERTIES_TABLE.test(text)) return false;
      firstWithTable ??= p;
      return /^#+\s*Properties\s*$/im.test(text);
    }) ??
    firstWithTable ??
    pages[0];
  if (page === undefined) throw new Error(`no .md page in ${input}`);
  return page;
}

/**
 * Appends a sentence to every description cell of the first `|Property|Type|…|` table: one
 * page changes, and the output with it (a single row could be one the type inherits, `id`
 * say, whose description it does not repeat).
 */
function editPage(path: string, edit: number): void {
  const lines = readFileSync(path, 'utf8').split('\n');
  const header = lines.findIndex((line) => PROPERTIES_TABLE.test(line));
  // The table's rows (past its header and delimiter row), or the last line when there is no such table.
  const rows: number[] = [];
  if (header < 0) rows.push(lines.length - 1);
  else for (let row = header + 2; lines[row]?.trimStart().startsWith('|'); row++) rows.push(row);
  for (const row of rows) {
    const line = lines[row] ?? '';
    lines[row] = line.trimEnd().endsWith('|') ? `${line.trimEnd().slice(0, -1)} Edited for the bench (${edit}). |` : `${line} Edited for the bench (${edit}).`;
  }
  writeFileSync(path, lines.join('\n'));
}

/**
 * Adds a row to the first `|Property|Type|…|` table: an edit of structure, where `editPage`
 * changes only words (which a watch session regenerates from the structure it built last
 * time, docs/reconciling.md).
 */
function addProperty(path: string, edit: number): void {
  const lines = readFileSync(path, 'utf8').split('\n');
  const header = lines.findIndex((line) => PROPERTIES_TABLE.test(line));
  if (header < 0) throw new Error(`${path} has no |Property|Type|…| table to add a row to`);
  lines.splice(header + 2, 0, `|addedForTheBench${edit}|String|Added for the bench.|`);
  writeFileSync(path, lines.join('\n'));
}

interface Regenerations {
  /** Save to `regenerated` line, in ms. */
  readonly samples: number[];
  /** Output files each run changed. */
  readonly changed: number[];
}

/**
 * Regenerations of a `md2ts generate --watch` session, one per edit: from the moment the page
 * is saved to the `regenerated` line (the watcher's debounce included), in ms. Edits of words
 * first, then edits of structure, in the same session.
 */
async function watchRegenerations(context: BenchContext, docs: string, page: string, out: string): Promise<{ words: Regenerations; structure: Regenerations }> {
  const session = startWatchSession(['--input', docs, '--out', out, '--cache', join(context.scratch, 'cache-watch'), '--force', '--quiet']);
  const words: Regenerations = { samples: [], changed: [] };
  const structure: Regenerations = { samples: [], changed: [] };
  let runs = 0;
  const timeEdit = async (edit: () => void, into: Regenerations): Promise<void> => {
    // A breath between edits, so each is one run, not one debounced burst.
    await new Promise((resolve) => setTimeout(resolve, 500));
    const saved = performance.now();
    edit();
    const line = await session.waitForLine(/^regenerated in /, ++runs);
    into.samples.push(performance.now() - saved);
    // `…: 2 changed, 0 added, 0 removed; …`: what the edit changed in the output.
    into.changed.push(Number(/: (\d+) changed, /.exec(line)?.[1] ?? 0));
  };
  try {
    await session.waitForLine(/Watching/, 1);
    for (let rep = 0; rep < context.options.reps; rep++) await timeEdit(() => editPage(join(docs, page), 100 + rep), words);
    // A page without such a table (an input with none at all) gets no edit of structure.
    const withTable = PROPERTIES_TABLE.test(readFileSync(join(docs, page), 'utf8'));
    for (let rep = 0; withTable && rep < context.options.reps; rep++) await timeEdit(() => addProperty(join(docs, page), rep), structure);
  } finally {
    await session.stop();
  }
  return { words, structure };
}

/**
 * `incremental`: regenerating after one page changed, against a cold full run (a fresh
 * `md2ts generate` process with an empty cache). The summary is a `--watch` session's
 * regeneration (what "regenerate on every keystroke" is: the process stays, the cache is warm,
 * only the changed page is read and parsed); a whole new `md2ts generate` process with the
 * cache a previous run left (`--cache DIR`) prints beside it. Two kinds of edit are timed,
 * each changing the output: property descriptions reworded (a watch session reuses the
 * structure it reconciled last) and a property added (structure, reconciled again). A
 * keystroke may make either, so the summary is the slower of the two.
 */
export async function measureIncremental(context: BenchContext, say: Say): Promise<Figure> {
  const { input, reps } = context.options;
  const docs = join(context.scratch, 'incremental-docs');
  cpSync(input, docs, { recursive: true });
  const page = findEditablePage(docs);
  const out = join(context.scratch, 'incremental-out');
  const hasCache = context.cliHas('--cache');
  const coldArgs = coldGenerateArgs(context, docs, out, 'default') ?? [];
  const cold: number[] = [];
  const warm: number[] = [];
  for (let rep = 0; rep < reps; rep++) {
    const cacheDir = join(context.scratch, `cache-${rep}`);
    const cacheArgs = hasCache ? ['--cache', cacheDir] : [];
    const first = await runCliTimed([...coldArgs.filter((arg) => arg !== '--no-cache'), ...cacheArgs]);
    cold.push(first.ms);
    editPage(join(docs, page), rep);
    warm.push((await runCliTimed([...coldArgs.filter((arg) => arg !== '--no-cache'), ...cacheArgs])).ms);
  }
  if (!hasCache) say('  (this md2ts has no --cache: the run after an edit is a full run)');
  say(`  cold full run (empty cache): ${describeSamples(cold)}`);
  say(`  new md2ts generate process after editing ${page} (warm cache): ${describeSamples(warm)} → ratio ${formatRatio(median(warm) / median(cold))}`);
  if (!context.cliHas('--watch')) return { name: 'incremental', value: median(warm) / median(cold), format: 'ratio' };
  const { words, structure } = await watchRegenerations(context, docs, page, out);
  // An edit that changes no output file skips compiling and writing: say so, as it flatters the figure.
  const changes = ({ changed }: Regenerations): string =>
    changed.every((count) => count > 0) ? `each edit changed output files (${changed.join(', ')})` : `NOTE: an edit changed no output file (${changed.join(', ')} changed): those regenerations did less than a real edit's`;
  say(`  --watch session, save to 'regenerated' line, descriptions edited: ${describeSamples(words.samples)} → ratio ${formatRatio(median(words.samples) / median(cold))}; ${changes(words)}`);
  const ratios = [median(words.samples) / median(cold)];
  if (structure.samples.length === 0) say(`  (${page} has no properties table to add a row to: no edit of structure timed)`);
  else {
    ratios.push(median(structure.samples) / median(cold));
    say(`  --watch session, a property added (structure changed): ${describeSamples(structure.samples)} → ratio ${formatRatio(median(structure.samples) / median(cold))}; ${changes(structure)}`);
  }
  // Earlier versions of this bench summed up with the descriptions edit alone, the faster kind.
  say(`  summary: the slower kind of edit, ratio ${formatRatio(Math.max(...ratios))}`);
  return { name: 'incremental', value: Math.max(...ratios), format: 'ratio' };
}
