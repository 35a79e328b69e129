// The worker thread's entry: parses pages and compiles sources for the main thread, which
// owns everything else (reading, reconciling, emitting, writing).
import { parentPort, workerData } from 'node:worker_threads';
import { encodeFacts } from '../cache/generate-caches.js';
import { parsePageSafely } from './parse-page-safely.js';
import type { CompileResult, ParseResult, WorkerReply, WorkerTask } from './worker-tasks.js';

async function runTask(task: WorkerTask): Promise<ParseResult | CompileResult> {
  switch (task.kind) {
    case 'parse':
      return task.pages.map((page) => encodeFacts(parsePageSafely(page)));
    case 'compile': {
      // Loaded on first use: a worker that only parses never loads the TypeScript compiler.
      const { compileToEntries } = await import('./compile-sources.js');
      return compileToEntries(task.files);
    }
  }
}

// A compiling worker starts loading TypeScript (seconds of work) while the main thread emits.
if ((workerData as { preloadCompiler?: boolean } | null)?.preloadCompiler) void import('./compile-sources.js').then(({ compileToEntries }) => compileToEntries([['src/warm-up.ts', 'export const warmUp: number = 1;\n']]));

const port = parentPort;
if (!port) throw new Error('pipeline-worker runs as a worker thread only');
port.on('message', (message: { id: number; task: WorkerTask }) => {
  runTask(message.task).then(
    (result) => port.postMessage({ id: message.id, result } satisfies WorkerReply),
    (error: unknown) => port.postMessage({ id: message.id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) } satisfies WorkerReply),
  );
});
