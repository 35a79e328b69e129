import { createHash } from 'node:crypto';
import type { RunCache } from '../cache/run-cache.js';
import { noCache } from '../cache/run-cache.js';
import { contentKey } from '../cache/code-version.js';
import type { Names } from '../emit/naming/assign-names.js';
import { assignNames } from '../emit/naming/assign-names.js';
import type { ApiModel, Diagnostic } from '../model/index.js';
import type { ExamplesSummary, ValidationOutcome } from '../examples/validate-examples.js';
import { exampleTargets, validateExamples } from '../examples/validate-examples.js';
import { distBase } from '../emit/compile/compile-package.js';
import { validatorFile } from '../emit/typescript/layout.js';
import type { ValidatorCall } from './run-emitted-validators.js';
import { isValidatorJavaScript } from './run-emitted-validators.js';
import { validateInWorker } from './validate-in-worker.js';

/** What checking the docs' examples adds to a `generate` run. */
export interface ExampleCheck {
  readonly diagnostics: readonly Diagnostic[];
  readonly summary: ExamplesSummary | undefined;
}

/**
 * The model's diagnostics less the `example-enum-value` ones an `example-invalid` now reports at
 * the same place: the validators check enum members too, with the JSON path, so one slip in the
 * docs is said once.
 */
export function withoutRepeats(diagnostics: readonly Diagnostic[], check: ExampleCheck): Diagnostic[] {
  const invalidAt = new Set(check.diagnostics.map((d) => `${d.place.file}:${d.place.line}`));
  return diagnostics.filter((d) => d.code !== 'example-enum-value' || !invalidAt.has(`${d.place.file}:${d.place.line}`));
}

/**
 * A hash of the emitted validators' JavaScript (which imports nothing else): a verdict holds as
 * long as that code does. Descriptions never reach it, so an edit of the docs' prose keeps
 * every verdict. The key of a verdict whose validator has no key of its own (`validatorKeys`).
 */
export function validatorsVersion(files: ReadonlyMap<string, string>): string {
  const hash = createHash('sha256');
  for (const path of [...files.keys()].filter(isValidatorJavaScript).sort()) {
    hash.update(path).update('\0').update(files.get(path) ?? '').update('\0');
  }
  return hash.digest('hex');
}

/** A digest of a value's JSON, remembered in `known` for an object (example values are never changed once parsed). */
function valueDigest(value: unknown, known: WeakMap<object, string> | undefined): string {
  if (typeof value !== 'object' || value === null || known === undefined) return contentKey(JSON.stringify(value) ?? 'undefined');
  let digest = known.get(value);
  if (digest === undefined) {
    digest = contentKey(JSON.stringify(value) ?? 'undefined');
    known.set(value, digest);
  }
  return digest;
}

export interface CheckExamplesOptions {
  /** The model's names (`assignNames`), when the caller has them already. */
  readonly names?: Names;
  /** Verdicts of earlier runs, keyed by the validator's code and the value; none kept by default. */
  readonly cache?: RunCache<ValidationOutcome>;
  /**
   * Per validator, a key of the code it runs (`GenerateResult.validatorKeys`): a verdict then
   * holds while its own validator's code does, so an edit of one type re-checks only the
   * examples whose validators reach it. Without one, a verdict holds while all of the
   * validators' JavaScript does (`validatorsVersion`).
   */
  readonly validatorKeys?: ReadonlyMap<string, string>;
  /** Told when the validators' worker thread fails; the calls then run on this thread. */
  readonly onWorkerError?: (error: Error) => void;
  /**
   * Digests of example values' JSON, kept by a watch session between runs: a page an edit left
   * alone keeps its values' objects, so only the edited page's are printed and hashed again
   * (all of them took ~45 ms a run on the v1.0 pages).
   */
  readonly valueDigests?: WeakMap<object, string>;
}

/**
 * Checks every JSON example of the docs with the validators this run emitted (`example-invalid`
 * at the example's file:line, with the JSON path), unless turned off or no validators were
 * emitted (`emitters` without `validators`, or a package whose `dist/` failed to compile).
 * Verdicts come from `cache` when the same validator code saw the same value before; the
 * emitted package is loaded only for the rest, so a run after a prose edit loads nothing.
 */
export async function checkExamples(model: ApiModel, files: ReadonlyMap<string, string>, enabled: boolean, options: CheckExamplesOptions = {}): Promise<ExampleCheck> {
  // The validators' module: absent when the validators emitter did not run (or dist/ failed to compile).
  const module = `${distBase(validatorFile())}.js`;
  if (!enabled || !files.has(module)) return { diagnostics: [], summary: undefined };
  const cache = options.cache ?? noCache();
  const names = options.names ?? assignNames(model);
  let version: string | undefined;
  // The keyed code is the TypeScript the JavaScript compiles from: the verdicts' cache is versioned by the compiler too (generate-caches.ts).
  const codeOf = (name: string): string => {
    const key = options.validatorKeys?.get(name);
    return key === undefined ? `module:${(version ??= validatorsVersion(files))}` : `function:${key}`;
  };
  // Each value is asked for twice (to fill the verdicts, then to report them): hashed once.
  const keys = new Map<unknown, Map<string, string>>();
  const keyOf = (name: string, value: unknown): string => {
    const byName = keys.get(value) ?? new Map<string, string>();
    keys.set(value, byName);
    const known = byName.get(name);
    if (known !== undefined) return known;
    const key = contentKey(codeOf(name), name, valueDigest(value, options.valueDigests));
    byName.set(name, key);
    return key;
  };
  const outcomes = new Map<string, ValidationOutcome>();
  const misses = new Map<string, ValidatorCall>();
  for (const { typeId, value } of exampleTargets(model)) {
    const typeNames = names.types.get(typeId);
    if (typeNames === undefined) continue;
    const key = keyOf(typeNames.validate, value);
    if (outcomes.has(key) || misses.has(key)) continue;
    const cached = cache.get(key);
    if (cached !== undefined) outcomes.set(key, cached);
    else misses.set(key, { module, name: typeNames.validate, value });
  }
  if (misses.size > 0) {
    const results = await validateInWorker(files, [...misses.values()], options.onWorkerError);
    [...misses.keys()].forEach((key, index) => {
      const outcome = results[index];
      // Named but not in the package: nothing to say of the value, and nothing worth keeping.
      if (outcome === null || outcome === undefined) return;
      outcomes.set(key, outcome);
      cache.set(key, outcome);
    });
  }
  const report = validateExamples(model, (typeId) => {
    const name = names.types.get(typeId)?.validate;
    return name === undefined ? undefined : (value) => outcomes.get(keyOf(name, value)) ?? { ok: true };
  });
  return { diagnostics: report.diagnostics, summary: report.summary };
}
