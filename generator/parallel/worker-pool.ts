import { createRequire } from 'node:module';
import { extname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { WorkerReply, WorkerTask } from './worker-tasks.js';

/** Worker threads that run pipeline tasks (parse a batch of pages). */
export interface WorkerPool {
  readonly size: number;
  run<T>(task: WorkerTask): Promise<T>;
  close(): Promise<void>;
}

/**
 * Starts a worker thread on a module of md2ts (`entry`, resolved against this module with no
 * extension): `.js` from `dist/`, or `.ts` from the sources, which a worker cannot import by
 * itself (a worker does not inherit tsx's loader hooks), so a two-line bootstrap imports it
 * through tsx's API (tsx is a dev dependency, as the sources are).
 */
function startModuleWorker(entry: string): Worker {
  const extension = extname(fileURLToPath(import.meta.url));
  const url = new URL(`${entry}${extension}`, import.meta.url);
  if (extension !== '.ts') return new Worker(url);
  const bootstrap = `import(${JSON.stringify(tsxEsmApi())}).then((api) => api.tsImport(${JSON.stringify(url.href)}, ${JSON.stringify(import.meta.url)}));`;
  return new Worker(bootstrap, { eval: true });
}

/** tsx's ESM API (its CommonJS twin registers hooks a worker cannot find): `import.meta.resolve` where the host has it (not every test runner does). */
function tsxEsmApi(): string {
  if (typeof import.meta.resolve === 'function') return import.meta.resolve('tsx/esm/api');
  // The package's exports map puts the ESM build beside the CommonJS one.
  return pathToFileURL(createRequire(import.meta.url).resolve('tsx/esm/api').replace(/\.cjs$/, '.mjs')).href;
}

interface Pending {
  readonly task: WorkerTask;
  readonly resolve: (value: unknown) => void;
  readonly reject: (error: Error) => void;
}

/**
 * A pool of `size` workers taking tasks from one queue, each as soon as it is free. Results
 * come back through each task's promise, so callers place them by their own indexes and the
 * order workers finish in never shows. A worker that dies fails its task (callers fall back
 * to doing it in this thread) and is not replaced.
 */
export function startWorkerPool(size: number): WorkerPool {
  const queue: Pending[] = [];
  const idle: Worker[] = [];
  const busy = new Map<Worker, Pending>();
  const workers: Worker[] = [];
  let nextId = 0;

  const dispatch = (): void => {
    while (idle.length > 0 && queue.length > 0) {
      const worker = idle.pop() as Worker;
      const pending = queue.shift() as Pending;
      busy.set(worker, pending);
      worker.postMessage({ id: nextId++, task: pending.task });
    }
  };
  const settle = (worker: Worker, reply: (pending: Pending) => void): void => {
    const pending = busy.get(worker);
    busy.delete(worker);
    if (pending) reply(pending);
  };

  for (let i = 0; i < size; i++) {
    const worker = startModuleWorker('./pipeline-worker');
    workers.push(worker);
    idle.push(worker);
    worker.on('message', (message: WorkerReply) => {
      settle(worker, (pending) => ('error' in message ? pending.reject(new Error(message.error)) : pending.resolve(message.result)));
      idle.push(worker);
      dispatch();
    });
    const fail = (error: Error): void => {
      settle(worker, (pending) => pending.reject(error));
      for (const list of [idle, workers]) if (list.includes(worker)) list.splice(list.indexOf(worker), 1);
      // With no worker left, nothing would ever take the queued tasks: fail them too.
      if (workers.length === 0) for (const pending of queue.splice(0)) pending.reject(error);
    };
    worker.on('error', fail);
    worker.on('exit', (code) => fail(new Error(`md2ts worker thread exited (code ${code})`)));
  }

  return {
    size,
    run: <T>(task: WorkerTask) =>
      new Promise<T>((resolve, reject) => {
        if (workers.length === 0) return reject(new Error('md2ts worker threads are gone'));
        queue.push({ task, resolve: resolve as (value: unknown) => void, reject });
        dispatch();
      }),
    close: async () => {
      await Promise.all([...workers].map((worker) => worker.terminate()));
    },
  };
}
