import { resolve } from 'node:path';
import { DEFAULT_CORPUS } from './paths.js';

export interface BenchOptions {
  /** The docs to generate from: the v1.0 corpus unless `--input DIR`. */
  readonly input: string;
  /** Repetitions of each timed run; the figures are ratios of medians. */
  readonly reps: number;
  /** `--quick`: one repetition and short validator loops, for a smoke run (the bench's own test). */
  readonly quick: boolean;
  /** Figures to run (`--only a,b`); all of them by default. */
  readonly only: ReadonlySet<string> | undefined;
}

const USAGE = 'usage: npm run bench -- [--input DIR] [--quick] [--reps N] [--only generate-vs-parse,incremental,tsc-vs-graph-types,validators-vs-ajv,peak-memory-mb]';

/** Reads the bench's command line; an unknown flag is an error with the usage line. */
export function parseBenchOptions(argv: readonly string[]): BenchOptions {
  let input = DEFAULT_CORPUS;
  let reps: number | undefined;
  let quick = false;
  let only: Set<string> | undefined;
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    const value = (): string => {
      const next = argv[++i];
      if (next === undefined) throw new Error(`${flag} needs a value\n${USAGE}`);
      return next;
    };
    if (flag === '--input') input = resolve(value());
    else if (flag === '--reps') reps = Math.max(1, Number.parseInt(value(), 10) || 1);
    else if (flag === '--quick') quick = true;
    else if (flag === '--only') only = new Set(value().split(','));
    else if (flag === '--help') throw new Error(USAGE);
    else throw new Error(`unknown option ${flag}\n${USAGE}`);
  }
  return { input, reps: reps ?? (quick ? 1 : 3), quick, only };
}
