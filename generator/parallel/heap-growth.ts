import { setFlagsFromString } from 'node:v8';

/**
 * How far past what its last full collection kept V8 lets a heap grow, in percent, while the
 * model is built, emitted and compiled. Left to itself V8 may grow a heap up to 4× (when its
 * old-space limit is 2 GB or more, as on machines with ~8 GB of memory or more): on the v1.0
 * pages the main heap reached 240–265 MB before a full collection with ~120 MB of it live, and
 * that end of the run set the process's peak (397–425 MB, workers at V8's default sizes). Held
 * to 25 %, the end of the run stays under the parsing phase's peak, for no time we could tell
 * from the noise. With the workers' smaller nursery (`worker-memory.ts`), 5 runs each,
 * alternating: 362–374 MB in 21.3–22.5 s held, against 395–430 MB in 21.7–22.4 s not. A run
 * holds it only once its workers have parsed: the flag is the process's, every thread's, and
 * workers held to it took ~4 s longer (a second run in the same process, through the library,
 * may still parse under the first one's hold). A `--watch` rerun takes as long with it as
 * without (save to line, medians of 8: 1.37–1.38 s against 1.45–1.49 s).
 */
export const HEAP_GROWTH_PERCENT_AFTER_PARSING = 25;

/** The V8 flag; 0 is V8's own default (grow as its heuristics choose). */
const FLAG = '--heap-growing-percent';

/**
 * True when the user gave the flag to Node themselves: theirs stands. Only the command line can
 * (Node refuses it in `NODE_OPTIONS`), and only as `--flag=value`.
 */
export function userSetHeapGrowth(execArgv: readonly string[] = process.execArgv): boolean {
  return execArgv.some((arg) => arg.replace(/_/g, '-').split('=')[0] === FLAG);
}

/**
 * How many holds are on (`limitHeapGrowth`): the flag is the process's, so the holds of
 * concurrent runs are counted. Per thread (each has its own copy of this module); md2ts holds
 * it only on the main thread.
 */
let holds = 0;

/**
 * Holds heap growth to `percent`, for every thread of the process, until the returned function
 * releases the hold; no-op when the user set the flag. V8 reads it as each full collection
 * sets the next one's limit, so it takes effect from the next full collection on (in a
 * generate, the first as the model grows). Holds overlap (two generates in one process, through
 * the library): the first sets the flag, the last release puts V8's default back, so no run
 * ends another's hold. Every caller holds to the same percent; a later hold's is not applied.
 */
export function limitHeapGrowth(percent: number): () => void {
  if (userSetHeapGrowth()) return () => {};
  if (holds++ === 0) setFlagsFromString(`${FLAG}=${percent}`);
  let released = false;
  return () => {
    if (released) return;
    released = true;
    if (--holds === 0) setFlagsFromString(`${FLAG}=0`);
  };
}
