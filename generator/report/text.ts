import type { Diagnostic, Severity } from '../model/index.js';
import { compareSourcePlaces, formatSourcePlace } from '../model/index.js';

/** `file:line:col severity code message`: the line editors, terminals and CI problem matchers parse. */
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

/**
 * One line per diagnostic in the `file:line:col` form (related places indented below), no
 * summary: what the CLI prints to stderr, so every line stays clickable and parsable.
 */
export function renderDiagnosticLines(diagnostics: readonly Diagnostic[]): string[] {
  return diagnostics.flatMap((d) => [formatDiagnosticLine(d), ...d.related.map((r) => `    ${formatSourcePlace(r.place)}: ${r.message}`)]);
}

/**
 * The text report (`--report FILE --format text`), for people: diagnostics grouped under a
 * header per file, each as `line:col  severity  code  message` with the columns aligned,
 * related places indented below, and the summary last.
 */
export function renderTextReport(diagnostics: readonly Diagnostic[]): string {
  const byFile = new Map<string, Diagnostic[]>();
  for (const d of [...diagnostics].sort((a, b) => compareSourcePlaces(a.place, b.place))) byFile.set(d.place.file, [...(byFile.get(d.place.file) ?? []), d]);
  const lines: string[] = [];
  for (const [file, list] of byFile) {
    const places = list.map((d) => `${d.place.line}:${d.place.column}`);
    const placeWidth = Math.max(...places.map((p) => p.length));
    const severityWidth = Math.max(...list.map((d) => d.severity.length));
    const codeWidth = Math.max(...list.map((d) => d.code.length));
    lines.push(`${file} (${formatSummary(list)})`);
    list.forEach((d, i) => {
      lines.push(`  ${places[i]?.padEnd(placeWidth)}  ${d.severity.padEnd(severityWidth)}  ${d.code.padEnd(codeWidth)}  ${d.message}`);
      for (const related of d.related) lines.push(`  ${' '.repeat(placeWidth)}    see ${formatSourcePlace(related.place)}: ${related.message}`);
    });
    lines.push('');
  }
  lines.push(`${byFile.size} ${byFile.size === 1 ? 'file' : 'files'} with diagnostics: ${formatSummary(diagnostics)}`);
  return `${lines.join('\n')}\n`;
}
