import type { Diagnostic, Severity } from '../model/index.js';

/** The severities `--fail-on` takes: `info` would fail on nearly every real docs tree. */
export type FailOn = 'warning' | 'error';

const RANK: Record<Severity, number> = { info: 0, warning: 1, error: 2 };

/** True when a diagnostic is at or above `level`: `--fail-on warning` fails on warnings and errors. */
export function failsOn(diagnostics: readonly Diagnostic[], level: FailOn | undefined): boolean {
  return level !== undefined && diagnostics.some((d) => RANK[d.severity] >= RANK[level]);
}
