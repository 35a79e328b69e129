import { existsSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { brotliCompressSync, brotliDecompressSync, constants as zlibConstants } from 'node:zlib';
import type { ValidationOutcome } from '../examples/validate-examples.js';
import type { PageFacts } from '../model/index.js';
import type { CompiledSource } from '../emit/compile/compile-package.js';
import { codeVersion, contentKey } from './code-version.js';
import type { RunCache } from './run-cache.js';
import { noCache, openRunCache } from './run-cache.js';

/** One source file's JavaScript and declarations, as the compile stage gives them. */
export type CompiledFile = CompiledSource;

/**
 * A page's facts as the cache keeps them, and as a parse worker sends them: serialized (V8's
 * structured clone, which keeps `undefined` fields that JSON would drop), then compressed with
 * Brotli at its fastest setting. Serialized facts are a tenth of the memory of the objects;
 * compressed, a quarter of that (the v1.0 pages: 23 MB serialized, 5.7 MB compressed page by
 * page, for ~60 ms of compressing and ~40 ms of expanding per 1,000 pages). Why: the main
 * thread holds every page's encoded facts until the workers are done, beside their heaps, at
 * the run's peak memory (and the cache's pack file shrinks as much). Every reader gets its own copy.
 */
export type EncodedFacts = Uint8Array;
const FASTEST = { params: { [zlibConstants.BROTLI_PARAM_QUALITY]: 1 } };
// A tight copy: zlib hands back a view of a 16 KB buffer, and a view is cloned (to the main thread, into the cache) with all of its buffer.
export const encodeFacts = (facts: PageFacts): EncodedFacts => new Uint8Array(brotliCompressSync(serialize(facts), FASTEST));
export const decodeFacts = (encoded: EncodedFacts): PageFacts => deserialize(brotliDecompressSync(encoded)) as PageFacts;

/** Whether a cached entry has the shape this code writes (a damaged pack reads as misses, never as a crash). */
export const isEncodedFacts = (value: unknown): value is EncodedFacts => value instanceof Uint8Array && value.byteLength > 0;
export const isCompiledFile = (value: unknown): value is CompiledFile =>
  typeof value === 'object' && value !== null && typeof (value as CompiledFile).js === 'string' && typeof (value as CompiledFile).dts === 'string';

/** Whether a cached entry is a validator's outcome: `{ ok }`, with errors as the emitted `ValidationResult` gives them. */
export const isValidationOutcome = (value: unknown): value is ValidationOutcome =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as ValidationOutcome).ok === 'boolean' &&
  ((value as ValidationOutcome).errors === undefined ||
    (Array.isArray((value as ValidationOutcome).errors) &&
      ((value as ValidationOutcome).errors ?? []).every((error) => typeof error === 'object' && error !== null && typeof error.path === 'string' && typeof error.expected === 'string' && typeof error.received === 'string')));

/** The three caches of a generate run: page facts by page, compiled output by source file, validators' verdicts on the docs' examples. */
export interface GenerateCaches {
  readonly facts: RunCache<EncodedFacts>;
  readonly compiled: RunCache<CompiledFile>;
  readonly verdicts: RunCache<ValidationOutcome>;
  save(): Promise<void>;
}

/**
 * The code page facts depend on: the parser, the model it fills (the diagnostics catalog
 * included), the wrapper that turns a parser crash into a diagnostic, and the code that
 * stores them (this folder, the parsing stage and its worker: a change of what an entry holds
 * must not read old entries back), plus the packages the parser runs on (micromark and
 * friends included: a patch there can change a tree).
 */
const FACTS_CODE = ['parse', 'model', 'cache', 'parallel/parse-page-safely', 'parallel/parse-pages', 'parallel/pipeline-worker'];
const FACTS_PACKAGES = [
  'unified',
  'remark-parse',
  'remark-gfm',
  'remark-frontmatter',
  'micromark',
  'mdast-util-from-markdown',
  'micromark-extension-gfm',
  'mdast-util-gfm',
  'micromark-extension-frontmatter',
  'mdast-util-to-string',
  'unist-util-visit',
  'yaml',
  'jsonc-parser',
];
/** The code compiled output depends on: md2ts's compile stage, the code that stores it, and the compiler it runs. */
const COMPILED_CODE = ['emit/compile', 'cache', 'parallel/generate-in-parallel'];
const COMPILED_PACKAGES = ['rolldown'];
/**
 * A verdict's key holds the emitted validators' code itself (see `check-examples.ts`): their
 * JavaScript, or the TypeScript each validator compiles from. What is left is the code that
 * stores verdicts and calls the validators, the code that keys them, and what turns that
 * TypeScript into JavaScript.
 */
const VERDICTS_CODE = [
  'cache',
  'cli/check-examples',
  'cli/run-emitted-validators',
  'cli/validate-in-worker',
  'examples/validate-examples',
  // What keys each validator's code (a fix there must not read verdicts kept under the old keys), and what compiles it.
  'emit/typescript/code-keys',
  'emit/typescript/validators',
  'emit/typescript/file-imports',
  'emit/compile',
];
const VERDICTS_PACKAGES = COMPILED_PACKAGES;

/** A page's facts depend on its path (every place names it) and its text. */
export const factsKey = (file: string, text: string): string => contentKey(file, text);
/** A source file compiles by its path (declarations name it) and its text. */
export const compiledKey = (path: string, text: string): string => contentKey(path, text);

/**
 * Where the cache lives unless `--cache DIR` says: `node_modules/.cache/md2ts` of the current
 * project, as other build tools do, or `~/.cache/md2ts` outside one.
 */
export function defaultCacheDir(cwd = process.cwd()): string {
  return existsSync(join(cwd, 'node_modules')) ? join(cwd, 'node_modules', '.cache', 'md2ts') : join(homedir(), '.cache', 'md2ts');
}

/** The caches kept in `dir`, or in memory only when `dir` is undefined (a watch run with `--no-cache` still re-parses only what changed). */
export async function openGenerateCaches(dir: string | undefined): Promise<GenerateCaches> {
  const [facts, compiled, verdicts] = await Promise.all([
    openRunCache(dir, 'facts', codeVersion(FACTS_CODE, FACTS_PACKAGES), isEncodedFacts),
    openRunCache(dir, 'compiled', codeVersion(COMPILED_CODE, COMPILED_PACKAGES), isCompiledFile),
    openRunCache(dir, 'verdicts', codeVersion(VERDICTS_CODE, VERDICTS_PACKAGES), isValidationOutcome),
  ]);
  return { facts, compiled, verdicts, save: async () => void (await Promise.all([facts.save(), compiled.save(), verdicts.save()])) };
}

/** `--no-cache`: nothing read, nothing written. */
export function noCaches(): GenerateCaches {
  return { facts: noCache(), compiled: noCache(), verdicts: noCache(), save: async () => undefined };
}
