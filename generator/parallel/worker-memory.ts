import type { ResourceLimits } from 'node:worker_threads';

/**
 * The young generation md2ts's worker threads get, in MB: V8 makes each of its two semi-spaces
 * a third of it, rounded up to a power of two, so 8 MB, where by default a worker's grow to
 * 16 MB. Both kinds of worker make garbage that dies young: a parse worker parses page after
 * page, and a page's trees die with it; the examples worker calls a validator per example. A
 * smaller nursery then holds less, for a little more time spent collecting.
 * - Parse workers, v1.0 pages (with the main thread's heap growth held after parsing, see
 *   `heap-growth.ts`, in both): the peak reached by the end of parsing fell from 380–419 MB
 *   (8 runs) to 345–361 MB (6 runs), for ~0.7 s more parsing (to the end of parsing: 18.6–18.8 s
 *   against 17.5–18.2 s).
 * - The examples worker, which runs while the package is written: without the cap, 2 runs of 4
 *   peaked at 422–424 MB there, against 353–356 MB; with it, 344–370 MB in 14 runs of 14.
 * 16 MB gives the same 8 MB semi-spaces; 12 MB (4 MB ones) saved no more and cost parsing ~4 s.
 */
export const WORKER_YOUNG_GENERATION_MB = 24;

/** What every md2ts worker is started with (`new Worker(…, { resourceLimits })`). */
export const WORKER_RESOURCE_LIMITS: ResourceLimits = { maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB };
