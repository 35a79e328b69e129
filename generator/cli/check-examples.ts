import type { ApiModel, Diagnostic } from '../model/index.js';
import type { ExamplesSummary } from '../examples/validate-examples.js';
import { validateExamples } from '../examples/validate-examples.js';
import { loadEmittedValidators } from './load-emitted-validators.js';

/** What checking the docs' examples adds to a `generate` run. */
export interface ExampleCheck {
  readonly diagnostics: readonly Diagnostic[];
  readonly summary: ExamplesSummary | undefined;
}

/**
 * Checks every JSON example of the docs with the validators this run emitted (`example-invalid`
 * at the example's file:line, with the JSON path), unless turned off or no validators were
 * emitted (`emitters` without `validators`, or a package whose `dist/` failed to compile).
 */
/**
 * The model's diagnostics less the `example-enum-value` ones an `example-invalid` now reports at
 * the same place: the validators check enum members too, with the JSON path, so one slip in the
 * docs is said once.
 */
export function withoutRepeats(diagnostics: readonly Diagnostic[], check: ExampleCheck): Diagnostic[] {
  const invalidAt = new Set(check.diagnostics.map((d) => `${d.place.file}:${d.place.line}`));
  return diagnostics.filter((d) => d.code !== 'example-enum-value' || !invalidAt.has(`${d.place.file}:${d.place.line}`));
}

export async function checkExamples(model: ApiModel, files: ReadonlyMap<string, string>, enabled: boolean): Promise<ExampleCheck> {
  if (!enabled || !files.has('dist/index.js')) return { diagnostics: [], summary: undefined };
  const report = validateExamples(model, await loadEmittedValidators(model, files));
  return { diagnostics: report.diagnostics, summary: report.summary };
}
