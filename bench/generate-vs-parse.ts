import { join } from 'node:path';
import type { BenchContext } from './support/context.js';
import { coldGenerateArgs } from './support/context.js';
import type { Figure, Say } from './support/figure.js';
import { runCliTimed, runTimed } from './support/spawn-timed.js';
import { describeSamples, formatRatio, median } from './support/stats.js';

const PARSE_FLOOR = join(import.meta.dirname, 'parse-floor.mjs');

/**
 * `generate-vs-parse`: a cold full `md2ts generate` (fresh process, no cache) against the
 * parse floor (`parse-floor.mjs`: read + unified/remark-parse/remark-gfm, one process), each
 * repeated and interleaved so machine noise hits both. The summary is the CLI's default mode
 * (worker threads where there are cores); single-threaded prints beside it.
 */
export async function measureGenerateVsParse(context: BenchContext, say: Say): Promise<Figure> {
  const { input, reps } = context.options;
  const modes = [
    { label: 'default (worker threads where there are cores)', workers: 'default' as const },
    { label: 'single-threaded (--workers 1)', workers: 1 },
  ].flatMap((mode) => {
    const args = coldGenerateArgs(context, input, join(context.scratch, `out-${mode.workers}`), mode.workers);
    return args ? [{ ...mode, args, samples: [] as number[] }] : [];
  });
  const floor: number[] = [];
  for (let rep = 0; rep < reps; rep++) {
    const parsed = await runTimed(PARSE_FLOOR, [input]);
    if (parsed.code !== 0) throw new Error(`parse floor failed:\n${parsed.stderr}`);
    floor.push(parsed.ms);
    context.floorRuns.push(parsed);
    for (const mode of modes) {
      const run = await runCliTimed(mode.args);
      mode.samples.push(run.ms);
      if (mode.workers === 'default') context.defaultRuns.push(run);
    }
  }
  say(`  parse floor (unified + remark-parse + remark-gfm): ${describeSamples(floor)}`);
  for (const mode of modes) {
    say(`  generate, ${mode.label}: ${describeSamples(mode.samples)} → ratio ${formatRatio(median(mode.samples) / median(floor))}`);
  }
  const main = modes.find((mode) => mode.workers === 'default');
  return { name: 'generate-vs-parse', value: main ? median(main.samples) / median(floor) : undefined, format: 'ratio' };
}
