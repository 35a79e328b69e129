import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BenchOptions } from './options.js';
import { runCliTimed } from './spawn-timed.js';
import type { TimedRun } from './spawn-timed.js';

/** What the figures share in one bench run: options, a scratch dir, the CLI's flags, and the full generates already run. */
export interface BenchContext {
  readonly options: BenchOptions;
  readonly scratch: string;
  /** Whether `md2ts generate` has a flag (`--workers`, `--cache`): the bench also measures older checkouts. */
  readonly cliHas: (flag: string) => boolean;
  /** Cold full generates in the CLI's default mode, kept for their peak memory. */
  readonly defaultRuns: TimedRun[];
  /** Runs of the parse floor, kept for their peak memory too (context for ours). */
  readonly floorRuns: TimedRun[];
  readonly dispose: () => void;
}

export async function createBenchContext(options: BenchOptions): Promise<BenchContext> {
  const scratch = mkdtempSync(join(tmpdir(), 'md2ts-bench-'));
  const help = (await runCliTimed(['generate', '--help'])).stdout;
  return {
    options,
    scratch,
    cliHas: (flag) => new RegExp(`${flag}\\b`).test(help),
    defaultRuns: [],
    floorRuns: [],
    dispose: () => rmSync(scratch, { recursive: true, force: true }),
  };
}

/**
 * Flags for a cold full generate: no cache (`--no-cache` where the CLI has a cache), and the
 * worker count when asked for and supported. Undefined when the CLI cannot run that mode.
 */
export function coldGenerateArgs(context: BenchContext, input: string, out: string, workers: 'default' | number): string[] | undefined {
  const args = ['generate', '--input', input, '--out', out, '--force', '--quiet'];
  if (context.cliHas('--no-cache')) args.push('--no-cache');
  if (workers === 'default') return args;
  if (!context.cliHas('--workers')) return workers === 1 ? args : undefined;
  return [...args, '--workers', String(workers)];
}
