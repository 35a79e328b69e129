import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import Ajv2020Module from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { assignNames } from '../generator/emit/naming/assign-names.js';
import type { BenchContext } from './support/context.js';
import type { Figure, Say } from './support/figure.js';
import { generatedPackage } from './support/generated-package.js';
import { describeSamples, formatRatio, median } from './support/stats.js';

// Both are CommonJS with `exports.default`: under NodeNext the default import is the whole `exports`.
const Ajv2020 = Ajv2020Module.default;
const addFormats = addFormatsModule.default;

type Check = (value: unknown) => boolean;

interface Case {
  readonly label: string;
  readonly body: unknown;
  readonly ours: Check;
  readonly theirs: Check;
  readonly explainOurs: () => string;
  readonly explainTheirs: () => string;
  /** Why the two disagree, told from the failing side's first error. */
  readonly cause: () => string;
}

const DOCUMENT_ID = 'https://md2ts.invalid/openapi.json';

/** Calls per timed round: enough that a round lasts well over the timer's resolution. */
function timeRounds(cases: readonly Case[], side: 'ours' | 'theirs', rounds: number): number {
  let sink = 0;
  const started = performance.now();
  for (let round = 0; round < rounds; round++) for (const item of cases) if (item[side](item.body)) sink++;
  const ms = performance.now() - started;
  if (sink < 0) throw new Error('unreachable');
  return (cases.length * rounds) / (ms / 1000);
}

/**
 * `validators-vs-ajv`: the generated `validate<Name>` functions (the package's `dist/index.js`)
 * against Ajv 2020-12 + ajv-formats compiled from the same package's `openapi.json`
 * (`#/components/schemas/<id>`, `$ref`s resolved through the whole document added by `$id`),
 * on the same examples (every example of the model whose body has an object type), in this
 * process, repeated and interleaved. Ratio: our throughput over Ajv's (above 1 is faster).
 */
export async function measureValidatorsVsAjv(context: BenchContext, say: Say): Promise<Figure> {
  const pkg = await generatedPackage(context);
  const names = assignNames(pkg.model);
  const exports = (await import(pathToFileURL(join(pkg.dir, 'dist', 'index.js')).href)) as Record<string, unknown>;
  const document = JSON.parse(readFileSync(join(pkg.dir, 'openapi.json'), 'utf8')) as { components: Record<string, unknown> };
  // OData formats Ajv does not know (int16, uint8…) are ignored by Ajv: counted and said once, not logged per schema.
  const unknownFormats = new Set<string>();
  const logger = { log: () => undefined, warn: (message: unknown) => void unknownFormats.add(String(/unknown format "([^"]+)"/.exec(String(message))?.[1] ?? message)), error: () => undefined };
  const ajv = new Ajv2020({ allErrors: true, strict: false, validateFormats: true, logger });
  addFormats(ajv);
  ajv.addSchema({ $id: DOCUMENT_ID, components: document.components });
  const compiled = new Map<string, ReturnType<typeof ajv.compile>>();
  const cases: Case[] = [];
  let skipped = 0;
  for (const example of pkg.model.examples) {
    if (example.type?.kind !== 'object' || !example.hasBody) continue;
    const id = example.type.id;
    const validate = exports[names.types.get(id)?.validate ?? ''] as ((value: unknown) => { ok: boolean; errors?: unknown[] }) | undefined;
    if (!validate) {
      skipped++;
      continue;
    }
    let schema = compiled.get(id);
    if (!schema) {
      schema = ajv.compile({ $ref: `${DOCUMENT_ID}#/components/schemas/${id}` });
      compiled.set(id, schema);
    }
    const theirs = schema;
    cases.push({
      label: `${example.place.file}:${example.place.line} as ${id}`,
      body: example.body,
      ours: (value) => validate(value).ok,
      theirs: (value) => theirs(value) as boolean,
      explainOurs: () => JSON.stringify(validate(example.body)).slice(0, 300),
      explainTheirs: () => JSON.stringify(theirs.errors ?? []).slice(0, 300),
      cause: () => {
        const ours = validate(example.body);
        if (ours.ok) {
          theirs(example.body);
          const first = theirs.errors?.[0];
          return `Ajv only: ${first?.keyword ?? '?'}${first?.keyword === 'format' ? ` ${String((first.params as { format?: string }).format)}` : ''}`;
        }
        const expected = String((ours.errors?.[0] as { expected?: string } | undefined)?.expected ?? '');
        return expected.endsWith('or a type derived from it') ? 'md2ts only: @odata.type names a known unrelated type' : `md2ts only: expected ${expected.slice(0, 40)}`;
      },
    });
  }
  say(`  ${cases.length} examples with an object type (${compiled.size} types${skipped > 0 ? `, ${skipped} examples without a validator skipped` : ''})`);
  if (unknownFormats.size > 0) say(`  formats Ajv does not know and ignores: ${[...unknownFormats].sort().join(', ')}`);
  if (cases.length === 0) return { name: 'validators-vs-ajv', value: undefined, format: 'ratio' };

  const differing = cases.filter((item) => item.ours(item.body) !== item.theirs(item.body));
  say(`  verdicts differ on ${differing.length} of ${cases.length} examples${differing.length > 0 ? ':' : ''}`);
  const causes = new Map<string, number>();
  for (const item of differing) causes.set(item.cause(), (causes.get(item.cause()) ?? 0) + 1);
  for (const [cause, count] of [...causes].sort(([, a], [, b]) => b - a)) say(`    ${count} × ${cause}`);
  for (const item of differing.slice(0, 5)) {
    say(`    ${item.label}: md2ts ${item.ours(item.body) ? 'valid' : 'invalid'}, Ajv ${item.theirs(item.body) ? 'valid' : 'invalid'}`);
    say(`      md2ts: ${item.explainOurs()}`);
    say(`      Ajv:   ${item.explainTheirs()}`);
  }

  // Rounds sized so one lasts ~50 ms on the first measurement; warm both up first.
  const targetCalls = context.options.quick ? 2_000 : 50_000;
  const rounds = Math.max(1, Math.ceil(targetCalls / cases.length));
  timeRounds(cases, 'ours', rounds);
  timeRounds(cases, 'theirs', rounds);
  const samples = { ours: [] as number[], theirs: [] as number[] };
  const reps = context.options.quick ? 3 : 15;
  for (let rep = 0; rep < reps; rep++) {
    samples.ours.push(timeRounds(cases, 'ours', rounds));
    samples.theirs.push(timeRounds(cases, 'theirs', rounds));
  }
  const perSecond = (value: number): string => `${Math.round(value).toLocaleString('en-US')}/s`;
  say(`  md2ts validate<Name>: ${describeSamples(samples.ours, perSecond)}`);
  say(`  Ajv 2020-12 (allErrors): ${describeSamples(samples.theirs, perSecond)}`);
  const ratio = median(samples.ours) / median(samples.theirs);
  say(`  ratio ${formatRatio(ratio)}`);
  return { name: 'validators-vs-ajv', value: ratio, format: 'ratio' };
}
