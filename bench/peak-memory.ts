import { join } from 'node:path';
import type { BenchContext } from './support/context.js';
import { coldGenerateArgs } from './support/context.js';
import type { Figure, Say } from './support/figure.js';
import { runCliTimed } from './support/spawn-timed.js';

/**
 * `peak-memory-mb`: the peak resident set size of a cold full `md2ts generate` in its default
 * mode (every thread of the process), reported by the child as it exits. Reuses the runs of
 * `generate-vs-parse` when it ran; the largest peak counts.
 */
export async function measurePeakMemory(context: BenchContext, say: Say): Promise<Figure> {
  if (context.defaultRuns.length === 0) {
    const args = coldGenerateArgs(context, context.options.input, join(context.scratch, 'out-memory'), 'default') ?? [];
    context.defaultRuns.push(await runCliTimed(args));
  }
  const peaks = context.defaultRuns.flatMap((run) => (run.maxRssKb !== undefined ? [run.maxRssKb / 1024] : []));
  say(`  peak RSS of ${peaks.length} full generate(s): ${peaks.map((mb) => `${mb.toFixed(0)} MB`).join(', ')}`);
  const floor = context.floorRuns.flatMap((run) => (run.maxRssKb !== undefined ? [run.maxRssKb / 1024] : []));
  if (floor.length > 0) say(`  for scale, the parse floor's peak RSS: ${floor.map((mb) => `${mb.toFixed(0)} MB`).join(', ')}`);
  return { name: 'peak-memory-mb', value: peaks.length > 0 ? Math.max(...peaks) : undefined, format: 'integer' };
}
