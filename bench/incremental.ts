import { cpSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { BenchContext } from './support/context.js';
import { coldGenerateArgs } from './support/context.js';
import type { Figure, Say } from './support/figure.js';
import { runCliTimed } from './support/spawn-timed.js';
import { startWatchSession } from './support/watch-session.js';
import { describeSamples, formatRatio, median } from './support/stats.js';

/** The first page (in path order) with a properties-style table: editing a row's description changes the output. */
function findEditablePage(input: string): string {
  const pages = readdirSync(input, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.md'))
    .map((entry) => relative(input, join(entry.parentPath, entry.name)))
    .sort();
  const withTable = pages.find((page) => /^\|\s*Property\s*\|\s*Type\s*\|/im.test(readFileSync(join(input, page), 'utf8')));
  const page = withTable ?? pages[0];
  if (page === undefined) throw new Error(`no .md page in ${input}`);
  return page;
}

/** Appends a sentence to the description cell of the first row under the first `|Property|Type|…|` header. */
function editPage(path: string, edit: number): void {
  const lines = readFileSync(path, 'utf8').split('\n');
  const header = lines.findIndex((line) => /^\|\s*Property\s*\|\s*Type\s*\|/i.test(line));
  const row = header >= 0 ? header + 2 : lines.length - 1;
  const line = lines[row] ?? '';
  lines[row] = line.endsWith('|') ? `${line.slice(0, -1)} Edited for the bench (${edit}). |` : `${line} Edited for the bench (${edit}).`;
  writeFileSync(path, lines.join('\n'));
}

/**
 * Regenerations of a `md2ts generate --watch` session, one per edit: from the moment the page
 * is saved to the `regenerated` line (the watcher's debounce included), in ms.
 */
async function watchRegenerations(context: BenchContext, docs: string, page: string, out: string): Promise<number[]> {
  const session = startWatchSession(['--input', docs, '--out', out, '--cache', join(context.scratch, 'cache-watch'), '--force', '--quiet']);
  const samples: number[] = [];
  try {
    await session.waitForLine(/Watching/, 1);
    for (let rep = 0; rep < context.options.reps; rep++) {
      // A breath between edits, so each is one run, not one debounced burst.
      await new Promise((resolve) => setTimeout(resolve, 500));
      const saved = performance.now();
      editPage(join(docs, page), 100 + rep);
      await session.waitForLine(/^regenerated in /, rep + 1);
      samples.push(performance.now() - saved);
    }
  } finally {
    await session.stop();
  }
  return samples;
}

/**
 * `incremental`: regenerating after one page changed, against a cold full run (a fresh
 * `md2ts generate` process with an empty cache). The summary is a `--watch` session's
 * regeneration (what "regenerate on every keystroke" is: the process stays, the cache is warm,
 * only the changed page is read and parsed); a whole new `md2ts generate` process with the
 * cache a previous run left (`--cache DIR`) prints beside it. The edit changes a property
 * description, so the output really changes.
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
  const watched = await watchRegenerations(context, docs, page, out);
  say(`  --watch session, save to 'regenerated' line: ${describeSamples(watched)} → ratio ${formatRatio(median(watched) / median(cold))}`);
  return { name: 'incremental', value: median(watched) / median(cold), format: 'ratio' };
}
