import type { ApiModel, Diagnostic, PageFacts } from './model/index.js';
import { compilePackage } from './emit/compile/compile-package.js';
import type { Names } from './emit/naming/assign-names.js';
import { assignNames } from './emit/naming/assign-names.js';
import type { Render } from './emit/render/templates.js';
import type { EmittedFiles } from './emit/typescript/emitted-files.js';
import type { EmitterName } from './emit-sources.js';
import { assemblePackage, emitSources } from './emit-sources.js';
import type { InputPage } from './parallel/parse-page-safely.js';
import { parsePageSafely, sortPages } from './parallel/parse-page-safely.js';
import { buildModel } from './reconcile/build-model.js';

// The stages, for callers that run them one by one (`parallel/generate-in-parallel.ts`).
export type { EmitterName } from './emit-sources.js';
export { EMITTER_NAMES, assemblePackage, emitSources } from './emit-sources.js';
export type { InputPage } from './parallel/parse-page-safely.js';
export { parsePageSafely, sortPages } from './parallel/parse-page-safely.js';

export interface GenerateOptions {
  readonly packageName: string;
  readonly packageVersion: string;
  /**
   * Which emitters run; all of them when absent. `validators` and `operations` import the
   * types `models` emits, so a caller that lists either must list `models` too (the config
   * file's validation says so). Package files and `src/index.ts` are always written, the index
   * re-exporting only what was emitted.
   */
  readonly emitters?: readonly EmitterName[];
  /** Called after each page is parsed, for a progress line on long runs. */
  readonly onPageParsed?: (done: number, total: number) => void;
}

export interface GenerateResult {
  readonly model: ApiModel;
  /** Every name the package uses for the model's types and operations (`assignNames`). */
  readonly names: Names;
  /** Every output file, package-relative, in sorted order. */
  readonly files: EmittedFiles;
  readonly diagnostics: readonly Diagnostic[];
  /** Keys of the validators' code, by function name (`EmittedSources.validatorKeys`): what the examples' verdicts are cached by. */
  readonly validatorKeys: ReadonlyMap<string, string>;
}

/** Runs every emitter over the model: the whole package, `dist/` included, and the keys of its validators' code. */
export function emitPackage(model: ApiModel, render: Render, options: GenerateOptions, names: Names = assignNames(model)): Pick<GenerateResult, 'files' | 'validatorKeys'> {
  const sources = emitSources(model, render, options, names);
  return { files: assemblePackage(sources.files, compilePackage(sources.files)), validatorKeys: sources.validatorKeys };
}

/** Reconciles every page's facts into the model and emits the package: the pipeline after parsing. */
export function generateFromFacts(facts: readonly PageFacts[], render: Render, options: GenerateOptions): GenerateResult {
  const model = buildModel(facts);
  const names = assignNames(model);
  return { model, names, ...emitPackage(model, render, options, names), diagnostics: model.diagnostics };
}

/**
 * The whole pipeline, pure: pages in, package files and diagnostics out. Reading the input
 * and writing the output are the CLI's job.
 */
export function generate(pages: readonly InputPage[], render: Render, options: GenerateOptions): GenerateResult {
  const sorted = sortPages(pages);
  const facts = sorted.map((page, index) => {
    const result = parsePageSafely(page);
    options.onPageParsed?.(index + 1, sorted.length);
    return result;
  });
  return generateFromFacts(facts, render, options);
}
