import type { ApiModel, Diagnostic, PageFacts } from './model/index.js';
import { diagnostic } from './model/index.js';
import { assignNames } from './emit/naming/assign-names.js';
import { compilePackage } from './emit/compile/compile-package.js';
import { emitOpenApi } from './emit/openapi/emit-openapi.js';
import type { Render } from './emit/render/templates.js';
import type { EmittedFiles } from './emit/typescript/emitted-files.js';
import { emitModels } from './emit/typescript/models.js';
import { emitOperations } from './emit/typescript/operations.js';
import { emitIndex, emitPackageFiles } from './emit/typescript/package-files.js';
import { emitValidators } from './emit/typescript/validators.js';
import { parsePage } from './parse/parse-page.js';
import { buildModel } from './reconcile/build-model.js';

export interface InputPage {
  /** Path relative to the input dir, `/`-separated: what diagnostics print. */
  readonly file: string;
  readonly text: string;
}

export interface GenerateOptions {
  readonly packageName: string;
  readonly packageVersion: string;
  /** Called after each page is parsed, for a progress line on long runs. */
  readonly onPageParsed?: (done: number, total: number) => void;
}

export interface GenerateResult {
  readonly model: ApiModel;
  /** Every output file, package-relative, in sorted order. */
  readonly files: EmittedFiles;
  readonly diagnostics: readonly Diagnostic[];
}

/** Parses one page; a parser bug on one page becomes a diagnostic there, not a failed run. */
export function parsePageSafely(page: InputPage): PageFacts {
  try {
    return parsePage(page.file, page.text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return {
      file: page.file,
      frontMatter: undefined,
      title: undefined,
      namespace: undefined,
      typeDescriptions: [],
      inheritsFrom: [],
      enums: [],
      operation: undefined,
      examples: [],
      diagnostics: [diagnostic('input-unreadable', { file: page.file, line: 1, column: 1 }, { reason: `md2ts could not parse it (${reason})` })],
    };
  }
}

/** Runs every emitter over the model and returns the whole package, `dist/` included. */
export function emitPackage(model: ApiModel, render: Render, options: GenerateOptions): EmittedFiles {
  const names = assignNames(model);
  const parts = [emitModels(model, names, render), emitValidators(model, names, render), emitOperations(model, names, render)];
  const files: EmittedFiles = new Map(parts.flatMap((part) => [...part.files]));
  for (const [path, text] of emitIndex(parts.flatMap((part) => part.exports), render)) files.set(path, text);
  for (const [path, text] of emitOpenApi(model, names, render, { title: options.packageName, version: options.packageVersion })) files.set(path, text);
  for (const [path, text] of emitPackageFiles(options, render)) files.set(path, text);
  for (const [path, text] of compilePackage(files)) files.set(path, text);
  return new Map([...files].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/**
 * The whole pipeline, pure: pages in, package files and diagnostics out. Reading the input
 * and writing the output are the CLI's job.
 */
export function generate(pages: readonly InputPage[], render: Render, options: GenerateOptions): GenerateResult {
  const sorted = [...pages].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  const facts = sorted.map((page, index) => {
    const result = parsePageSafely(page);
    options.onPageParsed?.(index + 1, sorted.length);
    return result;
  });
  const model = buildModel(facts);
  return { model, files: emitPackage(model, render, options), diagnostics: model.diagnostics };
}
