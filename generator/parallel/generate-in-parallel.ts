import { availableParallelism } from 'node:os';
import type { GenerateCaches } from '../cache/generate-caches.js';
import { noCaches } from '../cache/generate-caches.js';
import type { Render } from '../emit/render/templates.js';
import type { PageFacts } from '../model/index.js';
import { assemblePackage, emitSources } from '../emit-sources.js';
import type { GenerateOptions, GenerateResult } from '../pipeline.js';
import { buildModel } from '../reconcile/build-model.js';
import { compileSources } from './compile-sources.js';
import type { InputPage } from './parse-page-safely.js';
import { sortPages } from './parse-page-safely.js';
import { parsePages } from './parse-pages.js';
import type { WorkerPool } from './worker-pool.js';
import { startWorkerPool } from './worker-pool.js';

export interface ParallelOptions extends GenerateOptions {
  /** Worker threads for parsing and compiling; 1 does everything in this thread. */
  readonly workers: number;
  readonly caches?: GenerateCaches;
  /** Pages to parse and sources to compile below which no worker is started; tests set 0 to use workers on small inputs. */
  readonly minWorkerLoad?: { readonly pages: number; readonly sources: number };
  /** Decoded page facts kept between runs of one watch session (see `parsePages`); the model is built from them, never changes them. */
  readonly factsMemo?: Map<string, PageFacts>;
  /** Told when a worker fails a task; the task is then done on the main thread, so the output is the same. */
  readonly onWorkerError?: (error: Error) => void;
}

/** Below these counts, starting workers (each loads the parser or the compiler) costs more than it saves. */
const MIN_WORKER_LOAD = { pages: 64, sources: 200 };
/** Worker threads from which compiling is spread over them too (see `generateInParallel`). */
const MIN_COMPILE_WORKERS = 3;

const useWorkers = (workers: number, work: number, least: number): boolean => workers >= 2 && work > 0 && work >= least;

/** The worker count `--workers auto` means: one per core, at most 4 (past that, reconciling and writing dominate). */
export function defaultWorkerCount(): number {
  return Math.min(4, availableParallelism());
}

/**
 * `generate`, with the page-by-page work (parsing pages, compiling sources) taken from the
 * caches where the same input was seen before and spread over worker threads otherwise.
 * Reconciling and emitting always run whole, here. The output is byte for byte what
 * `generate` gives: results are placed by index, never by the order workers finish in.
 */
export async function generateInParallel(pages: readonly InputPage[], render: Render, options: ParallelOptions): Promise<GenerateResult> {
  const caches = options.caches ?? noCaches();
  const minimum = options.minWorkerLoad ?? MIN_WORKER_LOAD;
  // Two pools, one per stage: parsing leaves each worker's heap grown with garbage, so those
  // workers end with the stage; compiling ones start right after it, loading TypeScript while
  // this thread reconciles and emits. Compiling goes to workers only when there are three or
  // more: on two cores, two compiling threads finished no sooner than this one alone (the
  // printer and the garbage collector contend for the same caches) and took 150 MB more.
  const compileWorkers = options.workers >= MIN_COMPILE_WORKERS ? options.workers : 1;
  let parsePool: WorkerPool | undefined;
  let compilePool: WorkerPool | undefined;
  try {
    const facts = await parsePages(sortPages(pages), {
      cache: caches.facts,
      pool: (misses) => (useWorkers(options.workers, misses, minimum.pages) ? (parsePool = startWorkerPool(options.workers)) : undefined),
      onPageParsed: options.onPageParsed,
      onWorkerError: options.onWorkerError,
      memo: options.factsMemo,
    });
    const closing = parsePool?.close();
    // A run that parsed on workers (a cold one) will have much to compile too.
    if (parsePool && compileWorkers > 1) compilePool = startWorkerPool(compileWorkers, { preloadCompiler: true });
    // The facts live only until the model is built (the cache keeps them encoded): emitting and compiling get that memory back.
    const model = buildModel(facts.splice(0));
    const sources = emitSources(model, render, options);
    await closing;
    const compiled = await compileSources(sources, {
      cache: caches.compiled,
      pool: (misses) => (useWorkers(compileWorkers, misses, minimum.sources) ? (compilePool ??= startWorkerPool(compileWorkers, { preloadCompiler: true })) : undefined),
      onWorkerError: options.onWorkerError,
    });
    return { model, files: assemblePackage(sources, compiled), diagnostics: model.diagnostics };
  } finally {
    await Promise.all([(parsePool as WorkerPool | undefined)?.close(), (compilePool as WorkerPool | undefined)?.close()]);
  }
}
