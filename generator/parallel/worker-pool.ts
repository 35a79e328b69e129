import { Worker } from 'node:worker_threads';
import { WORKER_RESOURCE_LIMITS } from './worker-memory.js';
import type { WorkerReply, WorkerTask } from './worker-tasks.js';

/** Worker threads that run pipeline tasks (parse a batch of pages). */
export interface WorkerPool {
  readonly size: number;
  run<T>(task: WorkerTask): Promise<T>;
  close(): Promise<void>;
}

/** Flags that load code before a program (tsx's loader, say): a worker runs plain JavaScript and needs none of them. */
const PRELOAD_FLAGS = new Set(['--import', '--require', '-r', '--loader', '--experimental-loader']);

/** `execArgv` less the flags `drop` names (by name, before any `=`), each with its value when that is the next argument. */
function withoutFlags(execArgv: readonly string[], drop: (name: string) => boolean): string[] {
  const kept: string[] = [];
  for (let i = 0; i < execArgv.length; i++) {
    const flag = execArgv[i] as string;
    const name = flag.split('=')[0] as string;
    if (!drop(name)) kept.push(flag);
    else if (!flag.includes('=') && !(execArgv[i + 1] ?? '-').startsWith('-')) i++;
  }
  return kept;
}

/**
 * This process's Node flags less the preloads (`--import tsx` and the like), for a worker to
 * inherit; with `--enable-source-maps` when this thread maps stack traces (the launcher turns it
 * on in code, which a worker does not inherit), so a worker's failure names the TypeScript lines too.
 */
export function workerExecArgv(execArgv: readonly string[] = process.execArgv, sourceMaps: boolean = process.sourceMapsEnabled): string[] {
  const kept = withoutFlags(execArgv, (name) => PRELOAD_FLAGS.has(name));
  return sourceMaps && !kept.includes('--enable-source-maps') ? [...kept, '--enable-source-maps'] : kept;
}

/**
 * A worker on `script` with `execArgv`, less any flag a worker may not take: a V8 flag
 * (`--trace-gc`, `--max-old-space-size`) belongs to the whole process, and a worker given one
 * explicitly refuses to start, naming it. The others (`--conditions`, say) must stay, or the
 * worker could load other code than this thread. Its memory is held as `worker-memory.ts` says.
 */
export function startWorker(script: URL, execArgv: readonly string[]): Worker {
  const start = (flags: string[]): Worker => new Worker(script, { execArgv: flags, resourceLimits: WORKER_RESOURCE_LIMITS });
  try {
    return start([...execArgv]);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ERR_WORKER_INVALID_EXEC_ARGV') throw error;
    const listed = /invalid execArgv flags: (.+)$/.exec((error as Error).message)?.[1];
    const refused = new Set((listed ?? '').split(', ').map((flag) => flag.split('=')[0] as string));
    return start(listed === undefined ? [] : withoutFlags(execArgv, (name) => refused.has(name)));
  }
}

interface Pending {
  readonly task: WorkerTask;
  readonly resolve: (value: unknown) => void;
  readonly reject: (error: Error) => void;
}

/**
 * A pool of `size` workers running `script` (see `workerScript`), taking tasks from one queue,
 * each as soon as it is free. Results come back through each task's promise, so callers place
 * them by their own indexes and the order workers finish in never shows. A worker that dies fails its task (callers fall back
 * to doing it in this thread) and is not replaced.
 */
export function startWorkerPool(size: number, script: URL, execArgv: readonly string[] = workerExecArgv()): WorkerPool {
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
    let worker: Worker;
    try {
      worker = startWorker(script, execArgv);
    } catch (error) {
      // The caller gets no pool to close: end the workers already started, or they keep the process alive.
      for (const started of workers) void started.terminate();
      throw error;
    }
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
