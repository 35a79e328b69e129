// A worker thread's entry: runs the emitted validators on the calls it was started with and
// posts their outcomes. The imported package lives and dies with the thread, so a long watch
// session does not keep one copy of it per regeneration.
import { parentPort, workerData } from 'node:worker_threads';
import type { ValidatorCall } from './run-emitted-validators.js';
import { runEmittedValidators } from './run-emitted-validators.js';

const port = parentPort;
if (!port) throw new Error('validators-worker runs as a worker thread only');
const { files, calls } = workerData as { files: [string, string][]; calls: ValidatorCall[] };
runEmittedValidators(files, calls).then(
  (outcomes) => port.postMessage({ outcomes }),
  (error: unknown) => port.postMessage({ error: error instanceof Error ? (error.stack ?? error.message) : String(error) }),
);
