import { availableParallelism } from 'node:os';
import type { GenerateCaches } from '../cache/generate-caches.js';
import { compiledKey, noCaches } from '../cache/generate-caches.js';
import type { KeyMemo } from '../cache/key-memo.js';
import { NO_KEY_MEMO } from '../cache/key-memo.js';
import type { CompiledLookup } from '../emit/compile/compile-package.js';
import type { EmitMemo } from '../emit/emit-memo.js';
import { compilePackage, startCompiling } from '../emit/compile/compile-package.js';
import { assignNames } from '../emit/naming/assign-names.js';
import type { Render } from '../emit/render/templates.js';
import type { PageFacts } from '../model/index.js';
import { assemblePackage, emitSources } from '../emit-sources.js';
import type { GenerateOptions, GenerateResult } from '../pipeline.js';
import type { StructureMemo } from '../reconcile/build-model.js';
import { buildModel } from '../reconcile/build-model.js';
import type { InputPage } from './parse-page-safely.js';
import { sortPages } from './parse-page-safely.js';
import { HEAP_GROWTH_PERCENT_AFTER_PARSING, limitHeapGrowth } from './heap-growth.js';
import { parsePages } from './parse-pages.js';
import type { WorkerPool } from './worker-pool.js';
import { startWorkerPool } from './worker-pool.js';
import { workerScript } from './worker-script.js';

export interface ParallelOptions extends GenerateOptions {
  /** Worker threads for parsing; 1 does everything in this thread. */
  readonly workers: number;
  readonly caches?: GenerateCaches;
  /** Pages to parse below which no worker is started; tests set 0 to use workers on small inputs. */
  readonly minWorkerLoad?: number;
  /** Decoded page facts kept between runs of one watch session (see `parsePages`); the model is built from them, never changes them. */
  readonly factsMemo?: Map<string, PageFacts>;
  /** Content keys of pages and emitted sources kept between runs of one watch session (see `createKeyMemo`). */
  readonly keyMemo?: KeyMemo;
  /** The last structure reconciled in one watch session (see `buildModel`): an edit of descriptions alone skips reconciling. */
  readonly structureMemo?: StructureMemo;
  /** What one watch session's emitters made last run (see `EmitMemo`): an unchanged declaration is not emitted again. */
  readonly emitMemo?: EmitMemo;
  /** Told when a worker fails a task; the task is then done on the main thread, so the output is the same. */
  readonly onWorkerError?: (error: Error) => void;
  /**
   * Compile each TypeScript module on Node's thread pool as soon as it is emitted (`startCompiling`),
   * for a watch session's wait; a one-off run compiles after emitting, for its peak memory.
   */
  readonly compileWhileEmitting?: boolean;
  /** Told as each stage after parsing starts (see `Stage`), for a progress line: on the v1.0 pages they take ~3 s together. */
  readonly onStage?: (stage: Stage) => void;
}

/** The stages of a run after the pages are parsed, in order; `decoding` only when workers parsed pages. */
export type Stage = 'decoding' | 'modelling' | 'emitting' | 'compiling';

/** Below this many pages to parse, starting workers (each loads the parser) costs more than it saves. */
const MIN_WORKER_LOAD = 64;

const useWorkers = (workers: number, work: number, least: number): boolean => workers >= 2 && work > 0 && work >= least;

/** The worker count `--workers auto` means: one per core, at most 4 (past that, reconciling and writing dominate). */
export function defaultWorkerCount(): number {
  return Math.min(4, availableParallelism());
}

/**
 * `generate`, with the page-by-page work (parsing pages, compiling sources) taken from the
 * caches where the same input was seen before; pages to parse are spread over worker threads.
 * Reconciling, emitting and compiling always run here. The output is byte for byte what
 * `generate` gives: results are placed by index, never by the order workers finish in.
 */
export async function generateInParallel(pages: readonly InputPage[], render: Render, options: ParallelOptions): Promise<GenerateResult> {
  const caches = options.caches ?? noCaches();
  const minimum = options.minWorkerLoad ?? MIN_WORKER_LOAD;
  let parsePool: WorkerPool | undefined;
  let restoreHeapGrowth: (() => void) | undefined;
  try {
    const facts = await parsePages(sortPages(pages), {
      cache: caches.facts,
      pool: (misses) => {
        if (!useWorkers(options.workers, misses, minimum)) return undefined;
        try {
          return (parsePool = startWorkerPool(options.workers, workerScript('./pipeline-worker')));
        } catch (error) {
          // No script for the workers (compiling the sources for them failed): the pages are parsed here instead.
          options.onWorkerError?.(error as Error);
          return undefined;
        }
      },
      onPageParsed: options.onPageParsed,
      onWorkerError: options.onWorkerError,
      onDecoding: () => options.onStage?.('decoding'),
      memo: options.factsMemo,
      keys: options.keyMemo,
    });
    // A one-off run's facts live only until the model is built (the cache keeps them encoded): emitting and compiling get
    // that memory back. A watch session keeps them (`factsMemo`), and their split copies with the last structure (`structureMemo`).
    options.onStage?.('modelling');
    // The workers are closed; from here this thread holds everything, so its heap grows little past what is live.
    restoreHeapGrowth = limitHeapGrowth(HEAP_GROWTH_PERCENT_AFTER_PARSING);
    const model = buildModel(facts.splice(0), options.structureMemo);
    options.onStage?.('emitting');
    const names = assignNames(model, options.emitMemo);
    const keys = options.keyMemo ?? NO_KEY_MEMO;
    const keyOf = (path: string, text: string): string => keys.keyOf(path, text, compiledKey);
    const lookup: CompiledLookup = {
      get: (path, text) => caches.compiled.get(keyOf(path, text)),
      set: (path, text, output) => caches.compiled.set(keyOf(path, text), output),
    };
    const background = options.compileWhileEmitting === true ? startCompiling(lookup) : undefined;
    const sources = emitSources(model, render, options, names, { onEmitted: background?.add, memo: options.emitMemo });
    options.onStage?.('compiling');
    const compiled = background === undefined ? compilePackage(sources.files, lookup) : await background.done(sources.files);
    keys.prune();
    return { model, names, files: assemblePackage(sources.files, compiled), diagnostics: model.diagnostics, validatorKeys: sources.validatorKeys };
  } finally {
    restoreHeapGrowth?.();
    // parsePages closes the pool when parsing is done; this is for a run that failed before that.
    await (parsePool as WorkerPool | undefined)?.close();
  }
}
