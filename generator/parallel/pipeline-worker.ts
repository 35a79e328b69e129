// The worker thread's entry: parses pages for the main thread, which owns everything else
// (reading, reconciling, emitting, compiling, writing).
import { parentPort } from 'node:worker_threads';
import { encodeFacts } from '../cache/generate-caches.js';
import { parsePageSafely } from './parse-page-safely.js';
import type { ParseResult, WorkerReply, WorkerTask } from './worker-tasks.js';

function runTask(task: WorkerTask): ParseResult {
  return task.pages.map((page) => encodeFacts(parsePageSafely(page)));
}

const port = parentPort;
if (!port) throw new Error('pipeline-worker runs as a worker thread only');
port.on('message', (message: { id: number; task: WorkerTask }) => {
  try {
    port.postMessage({ id: message.id, result: runTask(message.task) } satisfies WorkerReply);
  } catch (error) {
    port.postMessage({ id: message.id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) } satisfies WorkerReply);
  }
});
