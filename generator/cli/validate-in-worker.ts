import type { ValidationOutcome } from '../examples/validate-examples.js';
import { startModuleWorker } from '../parallel/worker-pool.js';
import type { ValidatorCall } from './run-emitted-validators.js';
import { runEmittedValidators } from './run-emitted-validators.js';

type WorkerMessage = { readonly outcomes: (ValidationOutcome | null)[] } | { readonly error: string };

/** `runEmittedValidators` in a worker thread of its own, ended once it answers. */
function runInWorker(files: readonly (readonly [string, string])[], calls: readonly ValidatorCall[]): Promise<(ValidationOutcome | null)[]> {
  return new Promise((resolve, reject) => {
    const worker = startModuleWorker('./validators-worker', import.meta.url, { files, calls });
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
 * Runs emitted validators away from the main thread, whose heap would otherwise keep every
 * version of the package a watch session imported; if the worker fails (it cannot start,
 * say), the same calls run here, so the verdicts are the same either way.
 */
export async function validateInWorker(
  files: readonly (readonly [string, string])[],
  calls: readonly ValidatorCall[],
  onWorkerError: (error: Error) => void = () => undefined,
): Promise<(ValidationOutcome | null)[]> {
  try {
    return await runInWorker(files, calls);
  } catch (error) {
    onWorkerError(error instanceof Error ? error : new Error(String(error)));
    return runEmittedValidators(files, calls);
  }
}
