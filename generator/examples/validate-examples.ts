import type { ApiModel, Diagnostic, Example, JsonProblem, TypeRef } from '../model/index.js';
import { childPath, diagnostic, isJsonObject } from '../model/index.js';
import { valueAtPath } from './json-path-value.js';
import type { FailureCause } from './failure-causes.js';
import { classifyFailure } from './failure-causes.js';
import { isPlaceholderValue } from './placeholders.js';

/** What a generated `validateX` returns (the emitted package's ValidationResult). */
export interface ValidationOutcome {
  readonly ok: boolean;
  readonly errors?: readonly { readonly path: string; readonly expected: string; readonly received: string }[];
}

export type Validate = (value: unknown, options?: { acceptEvolvableMembers?: boolean }) => ValidationOutcome;

/** Finds the generated validator for an object type id, or undefined when none was emitted. */
export type ValidatorFor = (typeId: string) => Validate | undefined;

export interface ExamplesSummary {
  /** Examples with a JSON body. */
  readonly total: number;
  readonly parsed: number;
  /** Parsed examples tied to an object type (or a collection of one) that has a validator. */
  readonly typed: number;
  readonly valid: number;
  /** Bodies that are not strict JSON, by why. */
  readonly problems: Readonly<Record<JsonProblem, number>>;
  /** Invalid examples by the cause of their first error (failure-causes.ts). */
  readonly causes: Readonly<Partial<Record<FailureCause, number>>>;
}

export interface ExamplesReport {
  readonly summary: ExamplesSummary;
  readonly diagnostics: readonly Diagnostic[];
}

/** `examples: parsed A/B, typed C/A, valid D/C`: the line the corpus test and the CLI print. */
export function formatExamplesSummary(summary: ExamplesSummary): string {
  return `examples: parsed ${summary.parsed}/${summary.total}, typed ${summary.typed}/${summary.parsed}, valid ${summary.valid}/${summary.typed}`;
}

/** What to validate an example's body as: one object, or each item of a collection (under `value` in responses). */
function targets(example: Example, type: TypeRef): { id: string; value: unknown; path: string }[] | undefined {
  if (type.kind === 'object') return [{ id: type.id, value: example.body, path: '' }];
  if (type.kind === 'collection' && type.of.kind === 'object') {
    const id = type.of.id;
    const body = example.body;
    const [items, base] = Array.isArray(body) ? [body, ''] : isJsonObject(body) && Array.isArray(body['value']) ? [body['value'], 'value'] : [undefined, ''];
    return items?.map((value, index) => ({ id, value, path: childPath(base, index) }));
  }
  return undefined;
}

/** The options every example is validated with: a service may add enum members after `unknownFutureValue`. */
export const EXAMPLE_VALIDATION_OPTIONS = { acceptEvolvableMembers: true } as const;

/** One validator call checking the examples needs: the object type's id and the value (the body, or an item of it). */
export interface ExampleTarget {
  readonly typeId: string;
  readonly value: unknown;
}

/**
 * Every call `validateExamples` makes, in its order (an example with no validator for some
 * item is left out there but listed here): callers that cache outcomes look them up first
 * and load the validators only for what is missing.
 */
export function exampleTargets(model: ApiModel): ExampleTarget[] {
  return model.examples.flatMap((example) =>
    example.bodyState === 'parsed' && example.type ? (targets(example, example.type) ?? []).map((target) => ({ typeId: target.id, value: target.value })) : [],
  );
}

function joinPath(base: string, path: string): string {
  if (base === '') return path;
  if (path === '') return base;
  return path.startsWith('[') ? `${base}${path}` : `${base}.${path}`;
}

/**
 * Validates every parsed, typed example of the docs with the generated validators, and
 * reports each error at the example's line for its path. Representation blocks write
 * placeholders on purpose (`"String"`), so errors on placeholder values are not reported
 * there; in request and response examples a placeholder is a real mistake and is reported.
 */
export function validateExamples(model: ApiModel, validatorFor: ValidatorFor): ExamplesReport {
  const problems: Record<JsonProblem, number> = { comments: 0, 'trailing-comma': 0, ellipsis: 0, truncated: 0, other: 0 };
  let total = 0;
  let parsed = 0;
  let typed = 0;
  let valid = 0;
  const causes: Partial<Record<FailureCause, number>> = {};
  const diagnostics: Diagnostic[] = [];
  const typeNames = new Set([...model.objects, ...model.enums].flatMap((type) => [type.id.toLowerCase(), type.name.toLowerCase()]));
  for (const example of model.examples) {
    if (example.bodyState === 'none') continue;
    total++;
    if (example.bodyProblem !== undefined) problems[example.bodyProblem]++;
    if (example.bodyState !== 'parsed') continue;
    parsed++;
    const list = example.type ? targets(example, example.type) : undefined;
    const checks = list?.map((target) => ({ target, validate: validatorFor(target.id) })).filter((c) => c.validate !== undefined);
    if (!list || !checks || checks.length !== list.length) continue;
    typed++;
    let cause: FailureCause | undefined;
    for (const { target, validate } of checks) {
      const outcome = validate?.(target.value, EXAMPLE_VALIDATION_OPTIONS);
      for (const error of outcome?.errors ?? []) {
        const value = valueAtPath(target.value, error.path);
        if (example.role === 'resource' && isPlaceholderValue(value, typeNames)) continue;
        cause ??= classifyFailure(value, error.path, error.expected, typeNames);
        const path = joinPath(target.path, error.path);
        const line = example.lines[path] ?? example.place.line;
        diagnostics.push(
          diagnostic('example-invalid', { file: example.place.file, line, column: 1 }, { role: example.role, type: target.id, path, expected: error.expected, received: error.received }),
        );
      }
    }
    if (cause === undefined) valid++;
    else causes[cause] = (causes[cause] ?? 0) + 1;
  }
  return { summary: { total, parsed, typed, valid, problems, causes }, diagnostics };
}
