import type { Diagnostic, Severity } from '../model/index.js';
import { formatSourcePlace } from '../model/index.js';

/** `file:line:col severity code message`: the line editors and CI annotators parse. */
export function formatDiagnosticLine(d: Diagnostic): string {
  return `${formatSourcePlace(d.place)} ${d.severity} ${d.code} ${d.message}`;
}

export function countBySeverity(diagnostics: readonly Diagnostic[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const d of diagnostics) counts[d.severity]++;
  return counts;
}

/** `2 errors, 14 warnings, 1 info`: the closing line of every run. */
export function formatSummary(diagnostics: readonly Diagnostic[]): string {
  const counts = countBySeverity(diagnostics);
  const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;
  return `${plural(counts.error, 'error')}, ${plural(counts.warning, 'warning')}, ${counts.info} info`;
}

/** Counts per code, most frequent first: how a corpus run is summarised. */
export function formatCodeCounts(diagnostics: readonly Diagnostic[]): string[] {
  const counts = new Map<string, number>();
  for (const d of diagnostics) counts.set(`${d.severity} ${d.code}`, (counts.get(`${d.severity} ${d.code}`) ?? 0) + 1);
  return [...counts].sort(([a, x], [b, y]) => y - x || (a < b ? -1 : 1)).map(([key, n]) => `${String(n).padStart(7)} ${key}`);
}

/** The whole text report: one line per diagnostic (related places indented below), then the summary. */
export function renderTextReport(diagnostics: readonly Diagnostic[]): string {
  const lines: string[] = [];
  for (const d of diagnostics) {
    lines.push(formatDiagnosticLine(d));
    for (const related of d.related) lines.push(`    ${formatSourcePlace(related.place)}: ${related.message}`);
  }
  lines.push(formatSummary(diagnostics));
  return `${lines.join('\n')}\n`;
}
