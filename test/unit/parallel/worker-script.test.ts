import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { decodeFacts } from '../../../generator/cache/generate-caches.js';
import { parsePageSafely } from '../../../generator/parallel/parse-page-safely.js';
import { WORKER_YOUNG_GENERATION_MB } from '../../../generator/parallel/worker-memory.js';
import { startWorker, startWorkerPool, workerExecArgv } from '../../../generator/parallel/worker-pool.js';
import { workerScript } from '../../../generator/parallel/worker-script.js';
import type { ParseResult } from '../../../generator/parallel/worker-tasks.js';

describe('workerExecArgv', () => {
  it.each([
    [['--import', 'tsx', '--enable-source-maps'], ['--enable-source-maps']],
    [['--require=./preflight.cjs', '--import=file:///loader.mjs', '--cpu-prof'], ['--cpu-prof']],
    [['-r', 'x.cjs', '--loader', 'y.mjs', '--experimental-loader', 'z.mjs', '--max-old-space-size=512'], ['--max-old-space-size=512']],
    [[], []],
  ])('keeps %j less its preloads: %j', (flags, kept) => {
    expect(workerExecArgv(flags, false)).toEqual(kept);
  });

  it.each([
    [['--import', 'tsx'], ['--enable-source-maps']],
    [['--enable-source-maps'], ['--enable-source-maps']],
  ])('maps stack traces in the worker when this thread does: %j gives %j', (flags, kept) => {
    expect(workerExecArgv(flags, true)).toEqual(kept);
  });
});

describe('startWorker', () => {
  /** The worker's first message; the worker is ended either way. */
  const answer = async (worker: Worker): Promise<unknown> => {
    try {
      return await new Promise((resolve) => worker.once('message', resolve));
    } finally {
      await worker.terminate();
    }
  };

  /** A worker that answers with the flags it was started with. */
  const echoFlags = new URL(`data:text/javascript,${encodeURIComponent("import { parentPort } from 'node:worker_threads'; parentPort.postMessage(process.execArgv);")}`);

  it.each([
    [['--conditions=dev', '--enable-source-maps'], ['--conditions=dev', '--enable-source-maps']],
    [['--trace-gc', '--conditions=dev', '--max-old-space-size=100'], ['--conditions=dev']],
  ])('starts with %j as %j: only the flags a worker refuses are left out', async (given, kept) => {
    expect(await answer(startWorker(echoFlags, given))).toEqual(kept);
  });

  /**
   * A worker that makes objects surviving a young collection or two (so V8 grows its nursery as
   * far as it may), then answers with the memory its young generation holds, in MB.
   */
  const reportNursery = new URL(
    `data:text/javascript,${encodeURIComponent(
      "import { parentPort } from 'node:worker_threads'; import { getHeapSpaceStatistics } from 'node:v8'; let keep = []; for (let i = 0; i < 3e6; i++) { keep.push({ i }); if (keep.length > 100000) keep = []; } parentPort.postMessage(getHeapSpaceStatistics().find((space) => space.space_name === 'new_space').space_size / 1048576);",
    )}`,
  );

  it.each([[[]], [['--trace-gc']]])('gives the worker half the young generation a default worker grows to, started with %j', async (given) => {
    const ours = await answer(startWorker(reportNursery, given));
    expect(ours).toBeLessThanOrEqual((2 * WORKER_YOUNG_GENERATION_MB) / 3);
    expect(await answer(new Worker(reportNursery))).toBe(2 * (ours as number));
  });

  /** A worker that answers whether it maps stack traces. */
  const reportSourceMaps = new URL(`data:text/javascript,${encodeURIComponent("import { parentPort } from 'node:worker_threads'; parentPort.postMessage(process.sourceMapsEnabled);")}`);

  it.each([
    [true, true],
    [false, false],
  ])('maps stack traces in the worker when told to by workerExecArgv (%s): %s', async (sourceMaps, mapped) => {
    expect(await answer(startWorker(reportSourceMaps, workerExecArgv([], sourceMaps)))).toBe(mapped);
  });
});

describe('workerScript, from the TypeScript sources', () => {
  const script = workerScript('./pipeline-worker');
  const file = fileURLToPath(script);

  it('is a JavaScript copy of the module, made once per version of the sources', () => {
    expect(file).toMatch(/[\\/]node_modules[\\/]\.cache[\\/]md2ts[\\/]js[\\/][0-9a-f]{16}[\\/]parallel[\\/]pipeline-worker\.js$/);
    const text = readFileSync(file, 'utf8');
    expect(text).not.toMatch(/\bimport type\b|: WorkerTask\b/);
    expect(existsSync(join(dirname(file), 'parse-page-safely.js'))).toBe(true);
    expect(JSON.parse(readFileSync(join(dirname(file), '..', 'package.json'), 'utf8'))).toMatchObject({ type: 'module' });
    const made = statSync(file).mtimeMs;
    expect(workerScript('./pipeline-worker').href).toBe(script.href);
    expect(statSync(file).mtimeMs).toBe(made);
  });

  it.each([
    ['its own flags', undefined],
    ['a V8 flag, which a worker refuses (it then starts with none)', ['--trace-gc', '--enable-source-maps']],
  ])('runs in a worker without tsx and parses a page as this thread does, given %s', async (_name, execArgv) => {
    const page = { file: 'resources/thing.md', text: '# thing resource type\n\n## Properties\n\n|Property|Type|Description|\n|-|-|-|\n|id|String|The id.|\n' };
    const pool = startWorkerPool(1, script, execArgv);
    try {
      const [encoded] = await pool.run<ParseResult>({ kind: 'parse', pages: [page] });
      expect(decodeFacts(encoded as Uint8Array)).toEqual(parsePageSafely(page));
    } finally {
      await pool.close();
    }
  });
});
