// `npm run bench [-- --input DIR] [--quick] [--reps N] [--only a,b]`: the figures of issue 8,
// each printed with the medians behind it, then one summary line per figure for CI tooling.
import { existsSync } from 'node:fs';
import { measureGenerateVsParse } from './generate-vs-parse.js';
import { measureIncremental } from './incremental.js';
import { measurePeakMemory } from './peak-memory.js';
import type { BenchContext } from './support/context.js';
import { createBenchContext } from './support/context.js';
import type { Figure, Say } from './support/figure.js';
import { parseBenchOptions } from './support/options.js';
import { formatRatio } from './support/stats.js';
import { measureTscVsGraphTypes } from './tsc-vs-graph-types.js';
import { measureValidatorsVsAjv } from './validators-vs-ajv.js';

const FIGURES: readonly { readonly name: string; readonly measure: (context: BenchContext, say: Say) => Promise<Figure> }[] = [
  { name: 'generate-vs-parse', measure: measureGenerateVsParse },
  { name: 'incremental', measure: measureIncremental },
  { name: 'tsc-vs-graph-types', measure: measureTscVsGraphTypes },
  { name: 'validators-vs-ajv', measure: measureValidatorsVsAjv },
  { name: 'peak-memory-mb', measure: measurePeakMemory },
];

const say: Say = (line) => process.stdout.write(`${line}\n`);

function summaryValue(figure: Figure): string {
  if (figure.value === undefined) return 'n/a';
  return figure.format === 'integer' ? Math.round(figure.value).toString() : formatRatio(figure.value);
}

async function main(): Promise<number> {
  let options;
  try {
    options = parseBenchOptions(process.argv.slice(2));
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n`);
    return 2;
  }
  const results: Figure[] = [];
  if (!existsSync(options.input)) {
    say(`SKIPPED every figure: input ${options.input} is absent (the v1.0 corpus lives in ../shared, only in this workplace); pass --input DIR to measure other docs.`);
  } else {
    const context = await createBenchContext(options);
    say(`md2ts bench: ${options.input}, ${options.reps} repetition(s)${options.quick ? ', quick' : ''}`);
    try {
      for (const figure of FIGURES) {
        if (options.only && !options.only.has(figure.name)) continue;
        say(`${figure.name}:`);
        const started = performance.now();
        try {
          results.push(await figure.measure(context, say));
        } catch (error) {
          say(`  FAILED: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
        }
        say(`  (${((performance.now() - started) / 1000).toFixed(0)} s)`);
      }
    } finally {
      context.dispose();
    }
  }
  say('');
  for (const figure of FIGURES) {
    const result = results.find((r) => r.name === figure.name);
    say(`${figure.name}: ${result ? summaryValue(result) : 'n/a'}`);
  }
  return 0;
}

process.exitCode = await main();
