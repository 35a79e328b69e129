import type { Diagnostic } from '../model/index.js';
import { countBySeverity } from './text.js';

/** Diagnostics as JSON: `{ summary: { error, warning, info }, diagnostics: [...] }`, one stable shape for tools. */
export function renderJsonReport(diagnostics: readonly Diagnostic[]): string {
  return `${JSON.stringify({ summary: countBySeverity(diagnostics), diagnostics }, null, 2)}\n`;
}
