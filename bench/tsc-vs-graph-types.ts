import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { BenchContext } from './support/context.js';
import type { Figure, Say } from './support/figure.js';
import { generatedPackage } from './support/generated-package.js';
import { runTimed } from './support/spawn-timed.js';
import { describeSamples, formatRatio, median } from './support/stats.js';

const require = createRequire(import.meta.url);
const TSC = require.resolve('typescript/bin/tsc');

/**
 * The same options for every project. `skipLibCheck` stays off, or declaration files (theirs,
 * and ours as a consumer sees them) would not be checked at all; `skipDefaultLibCheck` spares
 * checking TypeScript's own `lib` files, whose cost the empty project measures anyway.
 */
const COMPILER_OPTIONS = { strict: true, noEmit: true, skipLibCheck: false, skipDefaultLibCheck: true, target: 'ES2022', lib: ['ES2022', 'DOM'], module: 'NodeNext', moduleResolution: 'NodeNext', types: [] };

const countInterfaces = (text: string): number => (text.match(/\bexport (?:declare )?interface\s/g) ?? []).length;

function listFiles(dir: string, suffix: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith(suffix))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

/** A project of `files` with the shared options, in its own folder. */
function writeProject(dir: string, files: readonly string[]): string {
  mkdirSync(dir, { recursive: true });
  const path = join(dir, 'tsconfig.json');
  writeFileSync(path, JSON.stringify({ compilerOptions: COMPILER_OPTIONS, files }, null, 2));
  return path;
}

/** `tsc --extendedDiagnostics` "Total time" of a project, in ms (reading, parsing, binding, checking; no process start-up). */
async function tscTotalMs(project: string): Promise<number> {
  const run = await runTimed(TSC, ['-p', project, '--extendedDiagnostics']);
  const total = /^Total time:\s+([\d.]+)s$/m.exec(run.stdout);
  if (!total) throw new Error(`tsc -p ${project} gave no total time (exit ${run.code}):\n${run.stdout.slice(-3000)}`);
  if (run.code !== 0) throw new Error(`tsc -p ${project} found errors:\n${run.stdout.slice(0, 3000)}`);
  return Number(total[1]) * 1000;
}

interface Project {
  readonly label: string;
  readonly tsconfig: string;
  readonly samples: number[];
}

/**
 * `tsc-vs-graph-types`: `tsc --noEmit --strict` time per interface of the generated package
 * over the same for `@microsoft/microsoft-graph-types`, both as a consumer's compiler sees
 * them: installed typings (theirs: one `.d.ts`; ours: `dist/index.d.ts` and every declaration
 * it re-exports, validators and request functions included). The time of an empty project
 * with the same options (the `lib` files) is taken off every project first. The package's
 * own sources and its declarations part by part are timed too, to say where the time goes.
 */
export async function measureTscVsGraphTypes(context: BenchContext, say: Say): Promise<Figure> {
  const theirsFile = require.resolve('@microsoft/microsoft-graph-types/microsoft-graph.d.ts');
  const pkg = await generatedPackage(context);
  const root = join(context.scratch, 'tsc');
  const project = (label: string, name: string, files: readonly string[]): Project => ({ label, tsconfig: writeProject(join(root, name), files), samples: [] });
  const empty = join(root, 'empty', 'empty.ts');
  mkdirSync(dirname(empty), { recursive: true });
  writeFileSync(empty, 'export {};\n');
  const sources = listFiles(join(pkg.dir, 'src'), '.ts');
  const ourInterfaces = sources.reduce((sum, file) => sum + countInterfaces(readFileSync(file, 'utf8')), 0);
  const theirInterfaces = countInterfaces(readFileSync(theirsFile, 'utf8'));
  const baseline = project('empty project (lib files only)', 'empty', [empty]);
  const theirs = project(`@microsoft/microsoft-graph-types (${theirInterfaces} interfaces)`, 'theirs', [theirsFile]);
  const ours = project(`generated package as installed: dist/index.d.ts and what it re-exports (${ourInterfaces} interfaces)`, 'ours', [join(pkg.dir, 'dist', 'index.d.ts')]);
  // A part is a module (`dist/models.d.ts`, since each part is one) or a folder of them (older layouts), or both.
  const partFiles = (part: string): string[] => [join(pkg.dir, 'dist', `${part}.d.ts`)].filter((file) => existsSync(file)).concat(listFiles(join(pkg.dir, 'dist', part), '.d.ts'));
  const parts = ['models', 'validators', 'operations'].map((part) => ({ part, ...project(`  of which dist/${part}{.d.ts,/*.d.ts}`, `part-${part}`, partFiles(part)) }));
  const ownSources = project(`generated package's own sources, src/**/*.ts (${sources.length} files)`, 'sources', sources);
  const all = [baseline, theirs, ours, ...parts, ownSources];
  for (let rep = 0; rep < context.options.reps; rep++) for (const item of all) item.samples.push(await tscTotalMs(item.tsconfig));

  const base = median(baseline.samples);
  const overBase = (item: Project): number => Math.max(0, median(item.samples) - base);
  const perInterface = (item: Project, count: number): string => `${((overBase(item) / count) * 1000).toFixed(0)} µs per interface`;
  say(`  ${baseline.label}: ${describeSamples(baseline.samples)}`);
  say(`  ${theirs.label}: ${describeSamples(theirs.samples)} → ${perInterface(theirs, theirInterfaces)}`);
  say(`  ${ours.label}: ${describeSamples(ours.samples)} → ${perInterface(ours, ourInterfaces)}`);
  const ratioOf = (item: Project): number => overBase(item) / ourInterfaces / (overBase(theirs) / theirInterfaces);
  for (const part of parts) {
    // Every interface is a model's: the models alone say what the types would score without the validators and request functions.
    const alone = part.part === 'models' ? ` → ${perInterface(part, ourInterfaces)}, ratio ${formatRatio(ratioOf(part))} for the types alone` : '';
    say(`  ${part.label}: ${describeSamples(part.samples)} (${formatRatio(overBase(part) / Math.max(1, overBase(ours)))} of the package's time over the baseline, alone)${alone}`);
  }
  say(`  ${ownSources.label}: ${describeSamples(ownSources.samples)} → ${perInterface(ownSources, ourInterfaces)}, ratio ${formatRatio(ratioOf(ownSources))}`);
  const ratio = ratioOf(ours);
  say(`  ratio (installed typings) ${formatRatio(ratio)}`);
  return { name: 'tsc-vs-graph-types', value: ratio, format: 'ratio' };
}
