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
import type { WorkerOptions, WorkerPool } from './worker-pool.js';
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
/** Worker threads from which compiling is spread over all of them; with fewer (but two or more), one compiles (see `generateInParallel`). */
const MIN_COMPILE_WORKERS = 3;
/**
 * What a compiling worker runs with: TypeScript loaded before its first task, and its heap
 * capped (TypeScript plus a task of `MAX_TASK_FILES` sources need about 100 MB; uncapped, the
 * worker took 300 MB, capped at this it kept the v1.0 run's peak at 580 MB against 710, a few
 * percent slower).
 */
const COMPILE_WORKER: WorkerOptions = { preloadCompiler: true, maxOldGenerationMb: 192 };

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
  // this thread reconciles and emits. With two workers, one compiles: on two cores, two
  // compiling threads finished no sooner than one (the printer and the garbage collector
  // contend for the same caches) and took 150 MB more; but one worker beats this thread, whose
  // heap, holding the model and the sources, makes every collection slower, and whose heap
  // would keep the compiler's garbage to the end of the run (peak memory 900 MB against 640).
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
    if (parsePool) compilePool = startWorkerPool(compileWorkers, COMPILE_WORKER);
    // The facts live only until the model is built (the cache keeps them encoded): emitting and compiling get that memory back.
    const model = buildModel(facts.splice(0));
    const sources = emitSources(model, render, options);
    await closing;
    const compiled = await compileSources(sources, {
      cache: caches.compiled,
      pool: (misses) => (useWorkers(options.workers, misses, minimum.sources) ? (compilePool ??= startWorkerPool(compileWorkers, COMPILE_WORKER)) : undefined),
      onWorkerError: options.onWorkerError,
    });
    return { model, files: assemblePackage(sources, compiled), diagnostics: model.diagnostics };
  } finally {
    await Promise.all([(parsePool as WorkerPool | undefined)?.close(), (compilePool as WorkerPool | undefined)?.close()]);
  }
}
