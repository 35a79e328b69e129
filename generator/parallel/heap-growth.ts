import { setFlagsFromString } from 'node:v8';

/**
 * How far past what its last full collection kept V8 lets this thread's heap grow, in percent,
 * while the model is built, emitted and compiled. Left to itself V8 grows the heap up to 4× on
 * a machine with this much memory: on the v1.0 pages the main heap reached 240–265 MB before a
 * full collection with ~120 MB of it live, and that end of the run set the process's peak
 * (397–425 MB). With 25 % it stays under the parsing phase's peak, at no time we could measure
 * (v1.0 runs: 20.0–22.1 s against 20.2–21.3 s). It stays off while workers parse: the flag is
 * the process's, and workers held to it took ~4 s longer.
 */
export const HEAP_GROWTH_PERCENT_AFTER_PARSING = 25;

/** The V8 flag; 0 is V8's own default (grow as its heuristics choose). */
const FLAG = '--heap-growing-percent';

/** True when the user gave the flag to Node themselves (command line or `NODE_OPTIONS`): theirs stands. */
export function userSetHeapGrowth(execArgv: readonly string[] = process.execArgv, nodeOptions: string = process.env['NODE_OPTIONS'] ?? ''): boolean {
  return [...execArgv, ...nodeOptions.split(/\s+/)].some((arg) => arg.replace(/_/g, '-').split('=')[0] === FLAG);
}

/**
 * Holds heap growth to `percent` until the returned function puts V8's default back; no-op when
 * the user set the flag. V8 reads it as each full collection sets the next one's limit, so it
 * takes effect from the next full collection on (in a generate, the first as the model grows).
 */
export function limitHeapGrowth(percent: number): () => void {
  if (userSetHeapGrowth()) return () => {};
  setFlagsFromString(`${FLAG}=${percent}`);
  return () => setFlagsFromString(`${FLAG}=0`);
}
