import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../generator/model/index.js';
import { diagnostic } from '../../generator/model/index.js';
import type { SarifOptions } from '../../generator/report/sarif.js';
import { renderSarifReport } from '../../generator/report/sarif.js';
import { generateSeeds } from '../support/seeds.js';

/** The official SARIF 2.1.0 schema; see sarif-schema-2.1.0.SOURCE.md for where it comes from. */
const schema = JSON.parse(readFileSync(join(import.meta.dirname, 'sarif-schema-2.1.0.json'), 'utf8')) as object;
const ajv = new Ajv2020({ strict: false, allErrors: true });
addFormats.default(ajv);
const validateSarif = ajv.compile(schema);

const place = (file: string, line: number, column = 1) => ({ file, line, column });
const REPO: SarifOptions = { toolVersion: '0.1.0', inputRoot: 'docs-input', inputDir: '/repo/docs-input' };

interface SarifLog {
  runs: {
    tool: { driver: { rules: { id: string }[] } };
    results: { ruleId: string; ruleIndex: number; level: string; locations: { physicalLocation: { artifactLocation: { uri: string; uriBaseId?: string }; region: { startLine: number } } }[]; partialFingerprints: Record<string, string> }[];
  }[];
}

const cases: [string, { diagnostics: Diagnostic[]; options: SarifOptions }][] = [
  ['the seeds', { diagnostics: [...generateSeeds().diagnostics], options: REPO }],
  ['no diagnostics', { diagnostics: [], options: REPO }],
  [
    'awkward file names, related places, every severity',
    {
      diagnostics: [
        diagnostic('input-binary', place('a dir/ü#?.md', 1), {}),
        diagnostic('undocumented-type', place('x.md', 3, 7), { name: 'microsoft.graph.x' }),
        diagnostic('json-parse-error', place('x.md', 9), { reason: 'ValueExpected' }, [{ place: place('y.md', 2), message: 'the other one' }]),
      ],
      options: REPO,
    },
  ],
  ['an input dir outside the repository', { diagnostics: [diagnostic('input-empty', place('empty.md', 1), {})], options: { ...REPO, inputRoot: undefined, inputDir: '/elsewhere/docs' } }],
  ['the input dir is the repository root', { diagnostics: [diagnostic('input-empty', place('empty.md', 1), {})], options: { ...REPO, inputRoot: '' } }],
];

describe('--format sarif', () => {
  it.each(cases)('is valid SARIF 2.1.0 per the official schema: %s', (_name, { diagnostics, options }) => {
    const log = JSON.parse(renderSarifReport(diagnostics, options)) as unknown;
    const valid = validateSarif(log);
    expect(validateSarif.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
  });

  it('is checked by a schema that bites: a wrong level or a missing version fails', () => {
    const log = JSON.parse(renderSarifReport([diagnostic('input-empty', place('e.md', 1), {})], REPO)) as SarifLog & { version?: string };
    (log.runs[0]!.results[0] as { level: string }).level = 'fatal';
    expect(validateSarif(log)).toBe(false);
    delete log.version;
    expect(validateSarif({ ...log, runs: [] })).toBe(false);
  });

  it('meets what GitHub code scanning reads: repository-relative URIs under %SRCROOT%, rule indexes, stable fingerprints', () => {
    const diagnostics = [diagnostic('input-binary', place('a dir/ü#?.md', 1), {}), diagnostic('input-binary', place('a dir/ü#?.md', 1), {})];
    const log = JSON.parse(renderSarifReport(diagnostics, REPO)) as SarifLog;
    const run = log.runs[0]!;
    const [first, second] = run.results;
    expect(first?.locations[0]?.physicalLocation.artifactLocation).toEqual({ uri: 'docs-input/a%20dir/%C3%BC%23%3F.md', uriBaseId: '%SRCROOT%' });
    expect(run.tool.driver.rules[first!.ruleIndex]?.id).toBe('input-binary');
    expect(first?.partialFingerprints['md2tsDiagnostic/v1']).not.toBe(second?.partialFingerprints['md2tsDiagnostic/v1']);
    const moved = JSON.parse(renderSarifReport([diagnostic('input-binary', place('a dir/ü#?.md', 40), {})], REPO)) as SarifLog;
    expect(moved.runs[0]?.results[0]?.partialFingerprints).toEqual(first?.partialFingerprints);
  });

  it('writes an input dir outside the repository as absolute file: URIs, with no base', () => {
    const log = JSON.parse(renderSarifReport([diagnostic('input-empty', place('sub/e.md', 1), {})], { ...REPO, inputRoot: undefined, inputDir: '/else where/docs' })) as SarifLog;
    expect(log.runs[0]?.results[0]?.locations[0]?.physicalLocation.artifactLocation).toEqual({ uri: 'file:///else%20where/docs/sub/e.md' });
  });
});
