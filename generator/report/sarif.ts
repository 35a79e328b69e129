import { createHash } from 'node:crypto';
import type { Diagnostic, Severity, SourcePlace } from '../model/index.js';
import { DIAGNOSTIC_CATALOG } from '../model/index.js';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note' };

export interface SarifOptions {
  readonly toolVersion: string;
  /**
   * The input dir as a `/`-separated path relative to the repository root (the directory
   * md2ts ran in), e.g. `docs-input`; `undefined` when it lies outside it. GitHub code
   * scanning places an alert by a repository-relative `uri`, so each page's path is prefixed
   * with it; an input dir elsewhere is written as an absolute `file:` URI instead.
   */
  readonly inputRoot: string | undefined;
  /** The input dir's absolute path, for the `file:` URIs of an input dir outside the repository. */
  readonly inputDir: string;
}

/** A path as a URI reference: each segment percent-encoded, `/` kept (SARIF §3.10: uris are URIs, not paths). */
function encodePath(path: string): string {
  return path.split('/').map(encodeURIComponent).join('/');
}

function artifactLocation(file: string, options: SarifOptions): { uri: string; uriBaseId?: string } {
  if (options.inputRoot === undefined) return { uri: `file://${encodePath(`${options.inputDir.replace(/\/$/, '')}/${file}`)}` };
  return { uri: encodePath(options.inputRoot === '' ? file : `${options.inputRoot}/${file}`), uriBaseId: '%SRCROOT%' };
}

function location(place: SourcePlace, options: SarifOptions) {
  return {
    physicalLocation: {
      artifactLocation: artifactLocation(place.file, options),
      region: { startLine: Math.max(1, place.line), startColumn: Math.max(1, place.column) },
    },
  };
}

/**
 * Lets code scanning match an alert across runs when lines move: the rule, the file and the
 * message, not the line. Diagnostics repeated word for word in one file share it, which is
 * what the `/v1` count below them tells apart.
 */
function fingerprint(d: Diagnostic, occurrence: number): string {
  return `${createHash('sha256').update(`${d.code}\u0000${d.place.file}\u0000${d.message}`).digest('hex').slice(0, 32)}:${occurrence}`;
}

/**
 * SARIF 2.1.0, the format GitHub code scanning reads: one run, the catalog as rules, each
 * diagnostic a result with its place (repository-relative, under `%SRCROOT%`), its related
 * places and a line-independent fingerprint.
 */
export function renderSarifReport(diagnostics: readonly Diagnostic[], options: SarifOptions): string {
  const codes = Object.keys(DIAGNOSTIC_CATALOG).sort() as (keyof typeof DIAGNOSTIC_CATALOG)[];
  const rules = codes.map((code) => ({
    id: code,
    name: code.replace(/(^|-)([a-z0-9])/g, (_m, _dash: string, c: string) => c.toUpperCase()),
    shortDescription: { text: DIAGNOSTIC_CATALOG[code].summary },
    fullDescription: { text: DIAGNOSTIC_CATALOG[code].summary },
    defaultConfiguration: { level: LEVEL[DIAGNOSTIC_CATALOG[code].severity] },
  }));
  const seen = new Map<string, number>();
  const results = diagnostics.map((d) => {
    const key = `${d.code}\u0000${d.place.file}\u0000${d.message}`;
    const occurrence = (seen.get(key) ?? 0) + 1;
    seen.set(key, occurrence);
    return {
      ruleId: d.code,
      ruleIndex: codes.indexOf(d.code),
      level: LEVEL[d.severity],
      message: { text: d.message },
      locations: [location(d.place, options)],
      partialFingerprints: { 'md2tsDiagnostic/v1': fingerprint(d, occurrence) },
      ...(d.related.length > 0 ? { relatedLocations: d.related.map((r, i) => ({ id: i + 1, ...location(r.place, options), message: { text: r.message } })) } : {}),
    };
  });
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'md2ts', semanticVersion: options.toolVersion, version: options.toolVersion, informationUri: 'https://www.npmjs.com/package/md2ts', rules } },
        columnKind: 'utf16CodeUnits',
        results,
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}
