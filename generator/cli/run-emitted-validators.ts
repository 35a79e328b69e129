import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Validate, ValidationOutcome } from '../examples/validate-examples.js';
import { EXAMPLE_VALIDATION_OPTIONS } from '../examples/validate-examples.js';

/** One value to check with one emitted validator, by its exported name (`validateUser`). */
export interface ValidatorCall {
  readonly name: string;
  readonly value: unknown;
}

/** An outcome as plain data (it crosses threads and goes into the cache), with only what `validateExamples` reads. */
function plainOutcome(outcome: ValidationOutcome): ValidationOutcome {
  return outcome.errors === undefined ? { ok: outcome.ok } : { ok: outcome.ok, errors: outcome.errors.map(({ path, expected, received }) => ({ path, expected, received })) };
}

/** What `import` of a package loads: its `dist/` JavaScript and its package.json (the declarations, half of dist/, are not needed). */
export function runtimeFiles(files: ReadonlyMap<string, string>): [string, string][] {
  return [...files].filter(([path]) => (path.startsWith('dist/') && path.endsWith('.js')) || path === 'package.json');
}

/**
 * Runs validators of a package md2ts just emitted (in memory) by writing its runtime files to
 * a scratch folder and importing it: the docs' examples are checked with exactly the code
 * consumers get, not a re-implementation. The folder is removed once imported. Each call's
 * outcome, or null when the package exports no such validator. The imported modules stay
 * loaded as long as the thread lives, which is why `check-examples.ts` runs this in a worker.
 */
export async function runEmittedValidators(files: readonly (readonly [string, string])[], calls: readonly ValidatorCall[]): Promise<(ValidationOutcome | null)[]> {
  const dir = await mkdtemp(join(tmpdir(), 'md2ts-validators-'));
  let module: Record<string, unknown>;
  try {
    for (const [path, text] of files) {
      await mkdir(dirname(join(dir, path)), { recursive: true });
      await writeFile(join(dir, path), text);
    }
    module = (await import(pathToFileURL(join(dir, 'dist', 'index.js')).href)) as Record<string, unknown>;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
  return calls.map(({ name, value }) => {
    const found = module[name];
    return typeof found === 'function' ? plainOutcome((found as Validate)(value, EXAMPLE_VALIDATION_OPTIONS)) : null;
  });
}
