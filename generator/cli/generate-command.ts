import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, isAbsolute, relative, resolve, sep } from 'node:path';
import type { ResolvedSettings } from '../config/resolve-options.js';
import { applySeverityOverrides } from '../config/severity-overrides.js';
import type { Diagnostic } from '../model/index.js';
import { compareSourcePlaces } from '../model/index.js';
import { loadTemplates } from '../emit/render/templates.js';
import type { GenerateCaches } from '../cache/generate-caches.js';
import { defaultCacheDir, noCaches, openGenerateCaches } from '../cache/generate-caches.js';
import type { Stage } from '../parallel/generate-in-parallel.js';
import { defaultWorkerCount, generateInParallel } from '../parallel/generate-in-parallel.js';
import type { FailOn } from '../report/fail-on.js';
import { failsOn } from '../report/fail-on.js';
import { renderJsonReport } from '../report/json.js';
import type { SarifOptions } from '../report/sarif.js';
import { renderSarifReport } from '../report/sarif.js';
import { formatSummary, renderDiagnosticLines, renderTextReport } from '../report/text.js';
import { formatExamplesSummary } from '../examples/validate-examples.js';
import { checkExamples, withoutRepeats } from './check-examples.js';
import type { Console } from './console.js';
import { diffOutputDir, writeOutputDir } from './output-dir.js';
import { readInputPages } from './read-input.js';

export type ReportFormat = 'text' | 'json' | 'sarif';

export interface GenerateCommandOptions extends ResolvedSettings {
  readonly check: boolean;
  readonly report: string | undefined;
  readonly format: ReportFormat;
  readonly force: boolean;
  readonly quiet: boolean;
  readonly failOn: FailOn | undefined;
  readonly toolVersion: string;
  /** The config file the settings came from, if any: named in the summary. */
  readonly configFile: string | undefined;
  /** Worker threads for parsing and compiling (1: none); `auto` when absent. */
  readonly workers?: number | undefined;
  /** The cache folder (`--cache DIR`), `false` for `--no-cache`; the default folder when absent. */
  readonly cache?: string | false | undefined;
}

/** Says once that a worker thread failed (its work is redone on the main thread, so the output is the same, only slower). */
export function warnOnce(console: Console): (error: Error) => void {
  let said = false;
  return (error) => {
    if (said) return;
    said = true;
    console.err(`md2ts: a worker thread failed, continuing on the main thread: ${error.message.split('\n')[0] ?? ''}`);
  };
}

/** The caches a run reads and then saves: `--cache DIR`, none with `--no-cache`, else the default folder. */
export function openCaches(cache: string | false | undefined): Promise<GenerateCaches> {
  return cache === false ? Promise.resolve(noCaches()) : openGenerateCaches(cache ?? defaultCacheDir());
}

export function renderReport(format: ReportFormat, diagnostics: readonly Diagnostic[], sarif: SarifOptions): string {
  switch (format) {
    case 'text':
      return renderTextReport(diagnostics);
    case 'json':
      return renderJsonReport(diagnostics);
    case 'sarif':
      return renderSarifReport(diagnostics, sarif);
  }
}

/** The input dir relative to the working directory (the repository root in CI), `/`-separated; `undefined` outside it. */
function inputRootOf(input: string): string | undefined {
  const path = relative(process.cwd(), resolve(input));
  return path.startsWith('..') || isAbsolute(path) ? undefined : path.split(sep).join('/');
}

/** A stage after parsing, as the progress line says it. */
const STAGE_WORDS: Readonly<Record<Stage, string>> = { decoding: 'reading the parse results', modelling: 'building the model', emitting: 'emitting', compiling: 'compiling' };

/**
 * `md2ts generate`: reads the input dir, runs the pipeline, writes the out dir atomically (or
 * with `--check` only compares it) while the examples are checked, then prints diagnostics
 * (after the config's severity overrides) and writes the report. Returns the exit code: 1 when `--check` finds the out dir
 * stale or `--fail-on` finds diagnostics at its level, after everything else is done.
 */
export async function runGenerate(options: GenerateCommandOptions, console: Console): Promise<number> {
  const started = Date.now();
  const input = await readInputPages(options.input);
  const render = loadTemplates();
  const caches = await openCaches(options.cache);
  const onWorkerError = warnOnce(console);
  let lastProgress = 0;
  // The progress line: pages parsed, then the stage under way after parsing (~3 s of the v1.0 pages' run), with the time so far.
  let parsed = '';
  const show = (stage?: string): void => console.progress?.(`${[parsed, stage].filter(Boolean).join('; ')}, ${((Date.now() - started) / 1000).toFixed(1)} s`);
  const checking = options.validateExamples && options.emitters.includes('validators');
  const result = await generateInParallel(input.pages, render, {
    packageName: options.packageName,
    packageVersion: options.packageVersion,
    emitters: options.emitters,
    workers: options.workers ?? defaultWorkerCount(),
    caches,
    onWorkerError,
    onPageParsed: (done, total) => {
      const now = Date.now();
      parsed = `parsed ${done}/${total} pages`;
      if (now - lastProgress < 250 && done !== total) return;
      lastProgress = now;
      show();
    },
    onStage: (stage) => show(STAGE_WORDS[stage]),
  });
  show(`${options.check ? 'comparing' : 'writing'} the package${checking ? ' and checking the examples' : ''}`);
  // The validators check the examples in their own thread while this one writes the out dir
  // (or, with --check, compares it): neither needs the other, and each takes seconds on the v1.0 pages.
  const [checked, written] = await Promise.allSettled([
    checkExamples(result.model, result.files, checking, { cache: caches.verdicts, onWorkerError, names: result.names, validatorKeys: result.validatorKeys }),
    options.check ? diffOutputDir(options.out, result.files).then((differing) => ({ differing, notes: [] })) : writeOutputDir(options.out, result.files, { force: options.force }).then((notes) => ({ differing: [], notes })),
  ]);
  console.endProgress();
  // Saved whatever became of the out dir: parse, compile and validation results hold anyway.
  await caches.save();
  if (checked.status === 'rejected') throw checked.reason;
  if (written.status === 'rejected') throw written.reason;
  const [examples, output] = [checked.value, written.value];
  const diagnostics = applySeverityOverrides([...input.diagnostics, ...withoutRepeats(result.diagnostics, examples), ...examples.diagnostics], options.severity).sort((a, b) => compareSourcePlaces(a.place, b.place));
  if (!options.quiet) for (const line of renderDiagnosticLines(diagnostics)) console.err(line);
  if (options.report !== undefined) {
    await mkdir(dirname(options.report), { recursive: true });
    await writeFile(options.report, renderReport(options.format, diagnostics, { toolVersion: options.toolVersion, inputRoot: inputRootOf(options.input), inputDir: resolve(options.input) }));
  }
  const summary =
    `${input.pages.length} pages${input.skipped > 0 ? ` (${input.skipped} skipped)` : ''}, ${result.model.objects.length} types, ${result.model.enums.length} enums, ` +
    `${result.model.operations.length} operations; ${examples.summary === undefined ? '' : `${formatExamplesSummary(examples.summary)}; `}${formatSummary(diagnostics)}${options.configFile === undefined ? '' : ` (config: ${options.configFile})`}`;
  const failed = failsOn(diagnostics, options.failOn);
  const failNote = (): void => console.err(`failing because of --fail-on ${options.failOn ?? ''}: ${formatSummary(diagnostics)}`);
  if (options.check) {
    const { differing } = output;
    if (differing.length > 0) {
      console.err(`${options.out} is not current (${differing.length} files differ); run md2ts generate:`);
      for (const line of differing.slice(0, 50)) console.err(`  ${line}`);
      if (differing.length > 50) console.err(`  … and ${differing.length - 50} more`);
      return 1;
    }
    console.out(`${options.out} is current. ${summary}`);
    if (failed) failNote();
    return failed ? 1 : 0;
  }
  for (const note of output.notes) console.err(note);
  console.out(`wrote ${result.files.size} files to ${options.out} in ${((Date.now() - started) / 1000).toFixed(1)} s. ${summary}`);
  if (failed) failNote();
  return failed ? 1 : 0;
}
