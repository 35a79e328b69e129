import { ts } from 'ts-morph';
import type { EmittedFiles } from '../typescript/emitted-files.js';
import { transpileBatch } from './transpile-batch.js';

/** `src/models/platform.ts` → `dist/models/platform` (no extension). */
function distBase(sourcePath: string): string {
  return `dist/${sourcePath.slice('src/'.length, -'.ts'.length)}`;
}

/**
 * Files per batch: large enough that building a program costs little per file, small enough
 * that a batch's syntax trees (several times its text) stay a modest part of memory.
 */
const BATCH_SIZE = 100;

/**
 * Builds the package's `dist/` (JavaScript and declarations) from its `src/`, each file on its
 * own: emitted code is written to need no type information to transpile (explicit export
 * types, `export type` for types), so per-file transpiling gives what `tsc` would, in a
 * fraction of the time of a whole-program build. Type-checking the output is the tests' job.
 * Files are transpiled in batches (one program per batch, as `ts.transpileModule` would build
 * per file: no resolution, no checking), which gives `transpileModule`'s output byte for byte
 * at a fraction of its cost: building a program and a checker per file was half of a run.
 */
export function compilePackage(files: EmittedFiles): EmittedFiles {
  const sources = [...files].filter(([path]) => path.startsWith('src/') && path.endsWith('.ts'));
  const compiled: EmittedFiles = new Map();
  for (let start = 0; start < sources.length; start += BATCH_SIZE) {
    const batch = sources.slice(start, start + BATCH_SIZE);
    const { js, dts, diagnostics } = transpileBatch(batch);
    const problem = diagnostics[0];
    if (problem) {
      const message = ts.flattenDiagnosticMessageText(problem.messageText, '\n');
      throw new Error(`md2ts emitted ${problem.file?.fileName ?? 'a file'} that cannot be declared on its own: ${message}`);
    }
    for (const [path] of batch) {
      const base = distBase(path);
      compiled.set(`${base}.js`, js.get(path) ?? '');
      compiled.set(`${base}.d.ts`, dts.get(path) ?? '');
    }
  }
  return compiled;
}
