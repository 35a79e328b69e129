import type { WorkerOptions } from 'node:worker_threads';
import { describe, expect, it, vi } from 'vitest';
import { isValidatorJavaScript, runCallsInThisThread, validatorRuntimeFiles, writeValidatorRuntime } from '../../../generator/cli/run-emitted-validators.js';
import type { ValidatorCall } from '../../../generator/cli/run-emitted-validators.js';
import { plainOutcome } from '../../../generator/cli/run-emitted-validators.js';
import { validateInWorker } from '../../../generator/cli/validate-in-worker.js';
import { WORKER_RESOURCE_LIMITS } from '../../../generator/parallel/worker-memory.js';
import { generateSeeds } from '../../support/seeds.js';

// The options each worker is started with, seen through a Worker that records them and is otherwise Node's.
const started = vi.hoisted(() => [] as (WorkerOptions | undefined)[]);
vi.mock('node:worker_threads', async (original) => {
  const threads = await original<typeof import('node:worker_threads')>();
  class RecordedWorker extends threads.Worker {
    constructor(script: string | URL, options?: WorkerOptions) {
      started.push(options);
      super(script, options);
    }
  }
  return { ...threads, Worker: RecordedWorker };
});

const MODULE = 'dist/validators.js';

const calls: ValidatorCall[] = [
  { module: MODULE, name: 'validateImportedDeviceIdentity', value: { id: 'x', enrollmentState: 'enrolled' } },
  { module: MODULE, name: 'validateImportedDeviceIdentity', value: { id: 1, enrollmentState: 'retired' } },
  { module: MODULE, name: 'validateNoSuchThing', value: {} },
];

describe("the emitted validators run on the docs' examples", () => {
  const { files } = generateSeeds();

  it('loads only the validators (dist/validators.js, dist/validators/) and the package.json that makes them ESM', () => {
    const paths = validatorRuntimeFiles(files).map(([path]) => path);
    expect(paths).toEqual(expect.arrayContaining(['package.json', MODULE, 'dist/validators/_internal.js', 'dist/validators/runtime.js']));
    expect(paths.every((path) => path === 'package.json' || isValidatorJavaScript(path))).toBe(true);
  });

  it.each([
    ['dist/validators.js', true],
    ['dist/validators/_internal.js', true],
    ['dist/validators.d.ts', false],
    ['dist/validators/runtime.d.ts', false],
    ['dist/models.js', false],
    ['dist/validators-extra.js', false],
  ])('isValidatorJavaScript(%s) is %s', (path, want) => expect(isValidatorJavaScript(path)).toBe(want));

  it('gives the same verdicts in the worker as in this thread, null for a name the module lacks', async () => {
    let workerErrors = 0;
    started.length = 0;
    const inWorker = await validateInWorker(files, calls, () => workerErrors++);
    expect(workerErrors).toBe(0);
    // With md2ts's smaller nursery, as the parse workers (worker-memory.ts).
    expect(started.map((options) => options?.resourceLimits)).toEqual([WORKER_RESOURCE_LIMITS]);
    const runtime = await writeValidatorRuntime(validatorRuntimeFiles(files));
    try {
      const here = (await runCallsInThisThread(runtime.dir, calls)).map((outcome) => outcome && plainOutcome(outcome));
      expect(inWorker).toEqual(here);
    } finally {
      await runtime.remove();
    }
    expect(inWorker[0]).toEqual({ ok: true });
    expect(inWorker[1]?.ok).toBe(false);
    expect(inWorker[1]?.errors?.map((error) => error.path)).toEqual(expect.arrayContaining(['id', 'enrollmentState']));
    expect(inWorker[2]).toBeNull();
  });

  it('tells onWorkerError when the worker fails, then runs the calls here (where a broken module fails the same way)', async () => {
    const errors: Error[] = [];
    // A module that throws on import fails the worker; here it fails the same way, so the error surfaces.
    const broken = new Map(files).set(MODULE, 'throw new Error("broken module");\n');
    await expect(validateInWorker(broken, calls, (error) => errors.push(error))).rejects.toThrow('broken module');
    expect(errors[0]?.message).toContain('broken module');
  });
});
