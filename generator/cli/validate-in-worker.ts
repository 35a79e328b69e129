import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { ValidationOutcome } from '../examples/validate-examples.js';
import { EXAMPLE_VALIDATION_OPTIONS } from '../examples/validate-examples.js';
import { WORKER_RESOURCE_LIMITS } from '../parallel/worker-memory.js';
import type { ValidatorCall } from './run-emitted-validators.js';
import { plainOutcome, runCallsInThisThread, validatorRuntimeFiles, writeValidatorRuntime } from './run-emitted-validators.js';

/**
 * The worker's whole program, plain JavaScript, as `runCallsInThisThread` does it: import each
 * module once, call each validator. It is evaluated with no `execArgv`, so the worker loads
 * the emitted modules with Node's own loader: under tsx (how `npm run generate` ran md2ts
 * before `from-sources.mjs`), inheriting its loader hooks tripled the time of importing the
 * package (measured on the v1.0 pages when it had a module per type), and the emitted
 * JavaScript needs no hooks.
 */
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const { base, calls, options } = workerData;
(async () => {
  const modules = new Map();
  for (const module of new Set(calls.map((call) => call.module))) modules.set(module, await import(new URL(module, base).href));
  return calls.map(({ module, name, value }) => {
    const found = modules.get(module)[name];
    return typeof found === 'function' ? found(value, options) : null;
  });
})().then(
  (outcomes) => parentPort.postMessage({ outcomes }),
  (error) => parentPort.postMessage({ error: String((error && error.stack) || error) }),
);
`;

type WorkerMessage = { readonly outcomes: (ValidationOutcome | null)[] } | { readonly error: string };

/** The calls run in a worker thread of its own, ended once it answers. */
function runInWorker(dir: string, calls: readonly ValidatorCall[]): Promise<(ValidationOutcome | null)[]> {
  return new Promise((resolve, reject) => {
    const base = pathToFileURL(`${dir}/`).href;
    const worker = new Worker(WORKER_SOURCE, { eval: true, execArgv: [], workerData: { base, calls, options: EXAMPLE_VALIDATION_OPTIONS }, resourceLimits: WORKER_RESOURCE_LIMITS });
    worker.once('message', (message: WorkerMessage) => {
      if ('error' in message) reject(new Error(message.error));
      else resolve(message.outcomes);
      void worker.terminate();
    });
    worker.once('error', reject);
    // After an answer this rejects a settled promise, which does nothing.
    worker.once('exit', (code) => reject(new Error(`md2ts validators worker exited (code ${code})`)));
  });
}

/**
 * Runs emitted validators (from the package's files, in memory) away from the main thread,
 * whose heap would otherwise keep every version of the package a watch session imported; if
 * the worker fails (it cannot start, say), the same calls run here, so the verdicts are the
 * same either way. Each call's outcome as plain data, or null when the package has no such
 * validator.
 */
export async function validateInWorker(
  files: ReadonlyMap<string, string>,
  calls: readonly ValidatorCall[],
  onWorkerError: (error: Error) => void = () => undefined,
): Promise<(ValidationOutcome | null)[]> {
  const runtime = await writeValidatorRuntime(validatorRuntimeFiles(files));
  try {
    let outcomes: (ValidationOutcome | null)[];
    try {
      outcomes = await runInWorker(runtime.dir, calls);
    } catch (error) {
      onWorkerError(error instanceof Error ? error : new Error(String(error)));
      outcomes = await runCallsInThisThread(runtime.dir, calls);
    }
    return outcomes.map((outcome) => (outcome === null ? null : plainOutcome(outcome)));
  } finally {
    await runtime.remove();
  }
}
