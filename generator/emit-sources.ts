import type { ApiModel } from './model/index.js';
import { shareUnchanged } from './model/index.js';
import type { EmitMemo } from './emit/emit-memo.js';
import { NO_EMIT_MEMO } from './emit/emit-memo.js';
import type { Names } from './emit/naming/assign-names.js';
import { assignNames, sharedNames } from './emit/naming/assign-names.js';
import { emitOpenApi } from './emit/openapi/emit-openapi.js';
import type { Render } from './emit/render/templates.js';
import type { EmittedFiles } from './emit/typescript/emitted-files.js';
import { emitModels } from './emit/typescript/models.js';
import { emitOperations } from './emit/typescript/operations.js';
import { emitIndex, emitPackageFiles, exampleImports } from './emit/typescript/package-files.js';
import { emitValidators } from './emit/typescript/validators.js';
import type { GenerateOptions } from './pipeline.js';

/** The emitters a run can be limited to (`emitters` in md2ts.config.json). */
export const EMITTER_NAMES = ['models', 'validators', 'operations', 'openapi'] as const;
export type EmitterName = (typeof EMITTER_NAMES)[number];

/** The id of the object type with the most own properties (first by id on a tie): the README's example. */
function richestObject(model: ApiModel): string | undefined {
  let best: ApiModel['objects'][number] | undefined;
  for (const object of model.objects) if (best === undefined || object.properties.length > best.properties.length) best = object;
  return best?.id;
}

/** What the emitters give: the package's sources, and keys of the validators' code. */
export interface EmittedSources {
  /** The sources and package files, without `dist/`. */
  readonly files: EmittedFiles;
  /**
   * Per `validateX` (and every other function of the validators), a key of the code a call runs
   * (`codeKeys`); none for a function that reaches code no key holds, and none at all when the
   * validators were not emitted.
   */
  readonly validatorKeys: ReadonlyMap<string, string>;
}

/** What a caller of `emitSources` may add. */
export interface EmitHooks {
  /**
   * Given each TypeScript module as soon as its emitter is done, so a caller can compile it
   * while the next emitters run (`startCompiling`).
   */
  readonly onEmitted?: (files: EmittedFiles) => void;
  /**
   * A watch session's memo: what last run emitted of each declaration that this run's model
   * holds unchanged is reused, not made again (`EmitMemo`). The output is the same either way.
   */
  readonly memo?: EmitMemo;
}

/**
 * Runs every emitter over the model: the package's sources and package files, without `dist/`.
 * `names` are the model's (`assignNames`), passed in by callers that need them too.
 */
export function emitSources(fresh: ApiModel, render: Render, options: GenerateOptions, freshNames: Names = assignNames(fresh), hooks: EmitHooks = {}): EmittedSources {
  const { onEmitted, memo = NO_EMIT_MEMO } = hooks;
  // Unchanged declarations and names become last run's objects, which the memo knows.
  const model = memo.keep('model', fresh, shareUnchanged);
  const names = memo.keep('names', freshNames, sharedNames);
  const run = new Set<EmitterName>(options.emitters ?? EMITTER_NAMES);
  const told = <T extends { readonly files: EmittedFiles }>(part: T): T => {
    onEmitted?.(part.files);
    return part;
  };
  // Emitters are pure functions of the model: the order they run in changes nothing. The
  // validators, the slowest module to compile, come first, so they compile the longest beside the rest.
  const validators = run.has('validators') ? told(emitValidators(model, names, render, memo)) : undefined;
  const parts = [
    ...(run.has('models') ? [told(emitModels(model, names, render, memo))] : []),
    ...(validators === undefined ? [] : [validators]),
    ...(run.has('operations') ? [told(emitOperations(model, names, render, memo))] : []),
  ];
  const files: EmittedFiles = new Map(parts.flatMap((part) => [...part.files]));
  for (const [path, text] of emitIndex(
    parts.flatMap((part) => part.exports),
    parts.flatMap((part) => part.publicModules),
    render,
  ))
    files.set(path, text);
  if (run.has('openapi')) for (const [path, text] of emitOpenApi(model, names, render, { title: options.packageName, version: options.packageVersion }, memo)) files.set(path, text);
  const richest = richestObject(model);
  const contents = {
    models: run.has('models'),
    validators: run.has('validators'),
    operations: run.has('operations'),
    openApi: run.has('openapi'),
    exampleImports: exampleImports(
      parts.flatMap((part) => part.exports),
      richest === undefined ? undefined : names.types.get(richest)?.validate,
    ),
  };
  for (const [path, text] of emitPackageFiles(options, contents, render)) files.set(path, text);
  return { files, validatorKeys: validators?.codeKeys ?? new Map() };
}

/** The whole package: the sources and their compiled `dist/`, in sorted path order. */
export function assemblePackage(sources: EmittedFiles, compiled: EmittedFiles): EmittedFiles {
  return new Map([...sources, ...compiled].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

