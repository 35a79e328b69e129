import { transformSync } from 'rolldown/utils';
import { oxcProblem } from './oxc-problem.mjs';
import type { EmittedFiles } from '../typescript/emitted-files.js';

/** `src/validators/runtime.ts` → `dist/validators/runtime` (no extension). */
export function distBase(sourcePath: string): string {
  return `dist/${sourcePath.slice('src/'.length, -'.ts'.length)}`;
}

/** One source file's JavaScript and declarations. */
export interface CompiledSource {
  readonly js: string;
  readonly dts: string;
}

/**
 * Compiles one emitted source file on its own, as `ts.transpileModule` and
 * `ts.transpileDeclaration` would (no imports resolved, no type checking), with oxc (as
 * Rolldown, Vite's bundler, ships it: `rolldown/utils`): emitted
 * code is written to need no type information for either (explicit export types, `export type`
 * for types; the emitters' tests hold it to `isolatedDeclarations` with TypeScript itself), and
 * oxc, a native compiler, does it some fifty times faster than TypeScript's own emitter, which
 * was the largest stage of a run after parsing. An `@internal` export stays out of the
 * declarations (the emitted code has none today: each part's helpers are local to its module).
 * A file that cannot be compiled alone is md2ts's bug, so it throws. (Rolldown marks these
 * utils experimental: package.json pins it to one minor version, and the tests hold the
 * output to what TypeScript itself accepts.)
 */
export function compileSource(path: string, text: string): CompiledSource {
  // Only `import type` imports are removed, as `verbatimModuleSyntax` writes them. (md2ts's own
  // sources are compiled the same way, without declarations, by `parallel/compiled-generator.mjs`.)
  const result = transformSync(path, text, {
    lang: 'ts',
    sourceType: 'module',
    target: 'es2022',
    sourcemap: false,
    typescript: { onlyRemoveTypeImports: true, declaration: { stripInternal: true } },
  });
  const problem = result.errors[0];
  if (problem) {
    const { place, what } = oxcProblem(problem, path);
    throw new Error(`md2ts emitted ${place} that cannot be compiled on its own: ${what}`);
  }
  return { js: result.code, dts: result.declaration ?? '' };
}

/** Outputs of earlier runs, by source path and text: the CLI's cache; a pure run has none. */
export interface CompiledLookup {
  get(path: string, text: string): CompiledSource | undefined;
  set(path: string, text: string, output: CompiledSource): void;
}

const NO_LOOKUP: CompiledLookup = { get: () => undefined, set: () => undefined };

/**
 * Builds the package's `dist/` (JavaScript and declarations) from its `src/`, file by file,
 * taking a file's output from `lookup` when the same path and text were compiled before (a
 * few hundred milliseconds for the v1.0 pages' package: not worth a worker's copying).
 */
export function compilePackage(files: EmittedFiles, lookup: CompiledLookup = NO_LOOKUP): EmittedFiles {
  const compiled: EmittedFiles = new Map();
  for (const [path, text] of files) {
    if (!path.startsWith('src/') || !path.endsWith('.ts')) continue;
    let output = lookup.get(path, text);
    if (output === undefined) {
      output = compileSource(path, text);
      lookup.set(path, text, output);
    }
    compiled.set(`${distBase(path)}.js`, output.js);
    compiled.set(`${distBase(path)}.d.ts`, output.dts);
  }
  return compiled;
}
