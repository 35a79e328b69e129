import type { Diagnostic, DiagnosticCode } from '../model/index.js';
import type { SeveritySetting } from './config.js';

/**
 * The config's `severity` map applied: a code set to `off` is dropped, any other setting
 * replaces the catalog's severity. Runs before printing, reports and `--fail-on`, so all
 * three agree.
 */
export function applySeverityOverrides(diagnostics: readonly Diagnostic[], overrides: Readonly<Partial<Record<DiagnosticCode, SeveritySetting>>>): Diagnostic[] {
  const result: Diagnostic[] = [];
  for (const d of diagnostics) {
    const setting = overrides[d.code];
    if (setting === 'off') continue;
    result.push(setting === undefined || setting === d.severity ? d : { ...d, severity: setting });
  }
  return result;
}
