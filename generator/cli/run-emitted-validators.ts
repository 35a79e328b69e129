import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Validate, ValidationOutcome } from '../examples/validate-examples.js';
import { EXAMPLE_VALIDATION_OPTIONS } from '../examples/validate-examples.js';

/** One value to check with one emitted validator: its module (`dist/validators.js`) and exported name (`validateUser`). */
export interface ValidatorCall {
  readonly module: string;
  readonly name: string;
  readonly value: unknown;
}

/** An outcome as plain data (it goes into the cache), with only what `validateExamples` reads. */
export function plainOutcome(outcome: ValidationOutcome): ValidationOutcome {
  return outcome.errors === undefined ? { ok: outcome.ok } : { ok: outcome.ok, errors: outcome.errors.map(({ path, expected, received }) => ({ path, expected, received })) };
}

/** The validators' JavaScript: `dist/validators.js` and the helpers in `dist/validators/`, which import only each other. */
export function isValidatorJavaScript(path: string): boolean {
  return (path === 'dist/validators.js' || path.startsWith('dist/validators/')) && path.endsWith('.js');
}

/**
 * What running the validators loads: their JavaScript and the package.json that makes its
 * `.js` files ES modules. Models, request functions and declarations, four fifths of the
 * package, are not needed.
 */
export function validatorRuntimeFiles(files: ReadonlyMap<string, string>): [string, string][] {
  return [...files].filter(([path]) => isValidatorJavaScript(path) || path === 'package.json');
}

/**
 * The emitted validators' runtime files written to a scratch folder, so they can be imported
 * as the modules consumers get (the docs' examples are checked with exactly that code, not a
 * re-implementation); `remove` deletes the folder.
 */
export async function writeValidatorRuntime(files: readonly (readonly [string, string])[]): Promise<{ readonly dir: string; readonly remove: () => Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), 'md2ts-validators-'));
  const remove = (): Promise<void> => rm(dir, { recursive: true, force: true });
  try {
    const folders = new Set(files.map(([path]) => dirname(join(dir, path))));
    for (const folder of folders) await mkdir(folder, { recursive: true });
    await Promise.all(files.map(([path, text]) => writeFile(join(dir, path), text)));
  } catch (error) {
    await remove();
    throw error;
  }
  return { dir, remove };
}

/** Each call's raw outcome, or null when its module exports no such validator, importing the modules from `dir` into this thread. */
export async function runCallsInThisThread(dir: string, calls: readonly ValidatorCall[]): Promise<(ValidationOutcome | null)[]> {
  const modules = new Map<string, Record<string, unknown>>();
  for (const module of new Set(calls.map((call) => call.module))) {
    modules.set(module, (await import(pathToFileURL(join(dir, module)).href)) as Record<string, unknown>);
  }
  return calls.map(({ module, name, value }) => {
    const found = modules.get(module)?.[name];
    return typeof found === 'function' ? (found as Validate)(value, EXAMPLE_VALIDATION_OPTIONS) : null;
  });
}
