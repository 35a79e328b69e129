import type { CompiledFile, GenerateCaches } from '../cache/generate-caches.js';
import { compiledKey } from '../cache/generate-caches.js';
import type { EmittedFiles } from '../emit/typescript/emitted-files.js';
import type { WorkerPool } from './worker-pool.js';
import type { CompileResult } from './worker-tasks.js';

/** `src/models/platform.ts` → `dist/models/platform` (no extension), as `compilePackage` names its output. */
const distBase = (sourcePath: string): string => `dist/${sourcePath.slice('src/'.length, -'.ts'.length)}`;

const isSource = (path: string): boolean => path.startsWith('src/') && path.endsWith('.ts');

/**
 * Compiles sources with `compilePackage` and pairs each with its output, for the cache. The
 * compiler is loaded on first use: a run whose sources all come from the cache, or whose
 * workers compile, never loads TypeScript (9 MB of JavaScript) on the main thread.
 */
export async function compileToEntries(files: readonly (readonly [string, string])[]): Promise<CompileResult> {
  if (files.length === 0) return [];
  const { compilePackage } = await import('../emit/compile/compile-package.js');
  const compiled = compilePackage(new Map(files));
  return files.map(([path]) => [path, { js: compiled.get(`${distBase(path)}.js`) ?? '', dts: compiled.get(`${distBase(path)}.d.ts`) ?? '' }]);
}

export interface CompileSourcesOptions {
  readonly cache: GenerateCaches['compiled'];
  /** Worker threads to compile the cache's misses on, when it is worth starting them. */
  readonly pool: (misses: number) => WorkerPool | undefined;
  /** Told when a worker fails a task (which is then done on this thread). */
  readonly onWorkerError?: (error: Error) => void;
}

/**
 * Files per compile task at most. A worker holds a task's sources and outputs until it answers,
 * and its heap grows with what it holds: small tasks keep a compiling worker near the size of
 * TypeScript itself (two tasks of 2,900 files each took it past 500 MB on the v1.0 pages).
 */
const MAX_TASK_FILES = 250;

/** Splits `items` into at least `parts` runs of nearly equal length, none over `MAX_TASK_FILES`, in order. */
function split<T>(items: readonly T[], parts: number): T[][] {
  const size = Math.min(MAX_TASK_FILES, Math.ceil(items.length / parts));
  const runs: T[][] = [];
  for (let start = 0; start < items.length; start += size) runs.push(items.slice(start, start + size));
  return runs;
}

/**
 * The package's `dist/`: what `compilePackage` makes of `src/`, taking each file's output from
 * the cache when the same path and text were compiled before, and compiling the rest (split
 * between worker threads when there are many).
 */
export async function compileSources(sources: EmittedFiles, options: CompileSourcesOptions): Promise<EmittedFiles> {
  const outputs = new Map<string, CompiledFile>();
  const misses: [string, string][] = [];
  for (const [path, text] of sources) {
    if (!isSource(path)) continue;
    const cached = options.cache.get(compiledKey(path, text));
    if (cached) outputs.set(path, cached);
    else misses.push([path, text]);
  }
  const pool = options.pool(misses.length);
  const runs = pool ? split(misses, pool.size * 2) : [misses];
  const results = await Promise.all(
    runs.map(async (run) => {
      if (pool) {
        try {
          return await pool.run<CompileResult>({ kind: 'compile', files: run });
        } catch (error) {
          // A dead worker, or a file that cannot be compiled (which fails here again, with the same message).
          options.onWorkerError?.(error as Error);
        }
      }
      return compileToEntries(run);
    }),
  );
  for (const [path, output] of results.flat()) {
    outputs.set(path, output);
    options.cache.set(compiledKey(path, sources.get(path) ?? ''), output);
  }
  const compiled: EmittedFiles = new Map();
  for (const [path] of sources) {
    const output = outputs.get(path);
    if (!output) continue;
    compiled.set(`${distBase(path)}.js`, output.js);
    compiled.set(`${distBase(path)}.d.ts`, output.dts);
  }
  return compiled;
}
