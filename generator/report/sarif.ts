import type { Diagnostic, Severity } from '../model/index.js';
import { DIAGNOSTIC_CATALOG } from '../model/index.js';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note' };

function location(place: Diagnostic['place'], inputBase: string) {
  return {
    physicalLocation: {
      artifactLocation: { uri: place.file, uriBaseId: inputBase },
      region: { startLine: place.line, startColumn: place.column },
    },
  };
}

/**
 * SARIF 2.1.0, the format GitHub code scanning reads: one run, the catalog as rules, each
 * diagnostic a result with its place (relative to `%SRCROOT%`-style base `INPUTROOT`) and its
 * related places.
 */
export function renderSarifReport(diagnostics: readonly Diagnostic[], toolVersion: string): string {
  const codes = Object.keys(DIAGNOSTIC_CATALOG).sort() as (keyof typeof DIAGNOSTIC_CATALOG)[];
  const rules = codes.map((code) => ({
    id: code,
    shortDescription: { text: DIAGNOSTIC_CATALOG[code].summary },
    defaultConfiguration: { level: LEVEL[DIAGNOSTIC_CATALOG[code].severity] },
  }));
  const results = diagnostics.map((d) => ({
    ruleId: d.code,
    ruleIndex: codes.indexOf(d.code),
    level: LEVEL[d.severity],
    message: { text: d.message },
    locations: [location(d.place, 'INPUTROOT')],
    ...(d.related.length > 0 ? { relatedLocations: d.related.map((r, i) => ({ id: i + 1, ...location(r.place, 'INPUTROOT'), message: { text: r.message } })) } : {}),
  }));
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [{ tool: { driver: { name: 'md2ts', version: toolVersion, informationUri: 'https://www.npmjs.com/package/md2ts', rules } }, results }],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}
