import { transform, transformSync } from 'rolldown/utils';
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
  return compiledOrThrow(path, transformSync(path, text, TRANSFORM_OPTIONS));
}

/** `compileSource` off this thread: oxc runs on Node's thread pool while this thread goes on. */
export async function compileSourceAsync(path: string, text: string): Promise<CompiledSource> {
  return compiledOrThrow(path, await transform(path, text, TRANSFORM_OPTIONS));
}

// Only `import type` imports are removed, as `verbatimModuleSyntax` writes them. (md2ts's own
// sources are compiled the same way, without declarations, by `parallel/compiled-generator.mjs`.)
const TRANSFORM_OPTIONS = {
  lang: 'ts',
  sourceType: 'module',
  target: 'es2022',
  sourcemap: false,
  typescript: { onlyRemoveTypeImports: true, declaration: { stripInternal: true } },
} as const satisfies Parameters<typeof transformSync>[2];

function compiledOrThrow(path: string, result: ReturnType<typeof transformSync>): CompiledSource {
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
  const outputs = new Map<string, CompiledSource>();
  for (const [path, text] of sourcesOf(files)) {
    let output = lookup.get(path, text);
    if (output === undefined) {
      output = compileSource(path, text);
      lookup.set(path, text, output);
    }
    outputs.set(path, output);
  }
  return placeCompiled(files, outputs);
}

/** Compiles sources as they are emitted (`startCompiling`). */
export interface BackgroundCompile {
  /** Starts compiling the TypeScript sources among `files` that are not started yet. */
  add(files: EmittedFiles): void;
  /** `compilePackage(files, lookup)`: the same output, the sources `add` was given compiled already or under way. */
  done(files: EmittedFiles): Promise<EmittedFiles>;
}

/**
 * `compilePackage`, begun before the package is whole: each source given to `add` compiles on
 * Node's thread pool (oxc in Rolldown's async `transform`) while this thread emits the next
 * part. In a watch session that takes a structural edit's compiling (~200 ms of the v1.0
 * package's models and validators) off its wait. A one-off run does not use it: compiling the
 * big modules at once, beside the OpenAPI document being emitted, raised its peak memory
 * (440-490 MB against 363-378, on 4 runs each).
 */
export function startCompiling(lookup: CompiledLookup = NO_LOOKUP): BackgroundCompile {
  const started = new Map<string, { readonly text: string; readonly output: Promise<CompiledSource> }>();
  const start = (path: string, text: string): Promise<CompiledSource> => {
    const known = lookup.get(path, text);
    const output = known !== undefined ? Promise.resolve(known) : compileSourceAsync(path, text).then((made) => (lookup.set(path, text, made), made));
    // Observed now, awaited by `done`: a failure must not be an unhandled rejection if emitting fails first.
    // A compile `done` does not wait for (its source replaced, or emitting failed) may still reach
    // `lookup.set` later: harmless, as an entry is keyed by the text it was compiled from.
    output.catch(() => undefined);
    started.set(path, { text, output });
    return output;
  };
  return {
    add(files) {
      for (const [path, text] of sourcesOf(files)) if (!started.has(path)) start(path, text);
    },
    async done(files) {
      const outputs = new Map<string, CompiledSource>();
      for (const [path, text] of sourcesOf(files)) {
        const begun = started.get(path);
        // A source given again with other text is compiled as it is now.
        outputs.set(path, await (begun !== undefined && begun.text === text ? begun.output : start(path, text)));
      }
      return placeCompiled(files, outputs);
    },
  };
}

/** The TypeScript sources among the package's files. */
function sourcesOf(files: EmittedFiles): [string, string][] {
  return [...files].filter(([path]) => path.startsWith('src/') && path.endsWith('.ts'));
}

/** Each source's JavaScript and declarations under `dist/`, in the order of `files`. */
function placeCompiled(files: EmittedFiles, outputs: ReadonlyMap<string, CompiledSource>): EmittedFiles {
  const compiled: EmittedFiles = new Map();
  for (const [path] of sourcesOf(files)) {
    const output = outputs.get(path);
    if (output === undefined) continue;
    compiled.set(`${distBase(path)}.js`, output.js);
    compiled.set(`${distBase(path)}.d.ts`, output.dts);
  }
  return compiled;
}
