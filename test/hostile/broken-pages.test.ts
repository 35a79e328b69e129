import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runInProcess } from '../cli/run-in-process.js';
import { DOCS_INPUT, PROJECT_ROOT } from '../support/seeds.js';
import { syntaxErrors } from './emitted-code.js';

/** A folder per case: `page.md` and `expected.json` (see any case for the fields). */
const CASES_DIR = join(import.meta.dirname, 'cases');
interface Expected {
  readonly why: string;
  readonly diagnostics: readonly { code: string; line: number }[];
  readonly types: Readonly<Record<string, readonly string[]>>;
  readonly operations?: readonly string[];
}
const cases = readdirSync(CASES_DIR).sort().map((name) => [name, JSON.parse(readFileSync(join(CASES_DIR, name, 'expected.json'), 'utf8')) as Expected] as const);

const widgetPage = (name: string, description: string): string =>
  `---\ntitle: "${name} resource type"\n---\n\n# ${name} resource type\n\nNamespace: microsoft.graph\n\n## Properties\n\n|Property|Type|Description|\n|:---|:---|:---|\n|label|String|${description}|\n`;

const NESTED_PAGE = [
  widgetPage('nestedWidget', 'Then deep lists.'),
  `${'- '.repeat(1000)}x`,
  '',
  ...Array.from({ length: 800 }, (_, i) => `${' '.repeat(i * 2)}- level ${i}`),
  '',
  `${'>'.repeat(10000)} quoted`,
  `${'['.repeat(20000)}x${']'.repeat(20000)}`,
  '',
].join('\n');

/** 1-based lines of NESTED_PAGE nested past md2ts's limits: the markers, indentation over 256 columns, the quotes, the brackets. */
const TOO_NESTED_LINES = NESTED_PAGE.split('\n').flatMap((line, i) => (/^- - |^ {257}|^>>|^\[\[/.test(line) ? [i + 1] : []));

/**
 * Inputs awkward to commit, made on the spot: binary bytes, bad UTF-8, a byte-order mark, a
 * 50 MB page, deep nesting, and symbolic links that loop or dangle.
 */
function writeAwkwardInputs(dir: string): void {
  writeFileSync(join(dir, 'binary.md'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52]));
  const [head, tail] = widgetPage('latinWidget', 'Caf@ name, saved as Latin-1.').split('@');
  writeFileSync(join(dir, 'latin1.md'), Buffer.concat([Buffer.from(head ?? ''), Buffer.from([0xe9]), Buffer.from(tail ?? '')]));
  writeFileSync(join(dir, 'bom.md'), `\uFEFF${widgetPage('bomWidget', 'Saved by an editor that writes a BOM.')}`);
  writeFileSync(join(dir, 'huge.md'), Buffer.alloc(50 * 1024 * 1024, 'x'));
  // 800 levels of indented lists alone take micromark about two minutes; 20,000 brackets, half a minute.
  writeFileSync(join(dir, 'nested-lists.md'), NESTED_PAGE);
  symlinkSync('loop.md', join(dir, 'loop.md'));
  symlinkSync('nowhere.md', join(dir, 'dangling.md'));
  symlinkSync('.', join(dir, 'dir-loop'));
  mkdirSync(join(dir, 'folder.md'));
  writeFileSync(join(dir, 'folder.md', 'inner.md'), widgetPage('innerWidget', 'In a folder whose name ends in .md.'));
}

interface Report {
  diagnostics: { code: string; place: { file: string; line: number; column: number } }[];
}
interface OpenApi {
  paths: Record<string, Record<string, unknown>>;
  components: { schemas: Record<string, { properties?: Record<string, unknown>; allOf?: { properties?: Record<string, unknown> }[] }> };
}

let report: Report;
let openapi: OpenApi;
let status: number;
let seconds: number;
let out: string;

beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'md2ts-hostile-'));
  const input = join(dir, 'docs');
  cpSync(DOCS_INPUT, input, { recursive: true });
  for (const [name] of cases) cpSync(join(CASES_DIR, name, 'page.md'), join(input, `${name}.md`));
  writeAwkwardInputs(input);
  out = join(dir, 'pkg');
  const started = Date.now();
  const run = await runInProcess(['generate', '--input', input, '--out', out, '--report', join(dir, 'report.json'), '--format', 'json', '--quiet']);
  seconds = (Date.now() - started) / 1000;
  status = run.status;
  report = JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8')) as Report;
  openapi = JSON.parse(readFileSync(join(out, 'openapi.json'), 'utf8')) as OpenApi;
});

const diagnosticsOf = (file: string) => report.diagnostics.filter((d) => d.place.file === file);
const propertiesOf = (id: string): string[] => {
  const schema = openapi.components.schemas[id];
  const own = schema?.properties ?? schema?.allOf?.find((part) => part.properties)?.properties ?? {};
  return Object.keys(own).filter((name) => name !== '@odata.type');
};

describe('broken pages among good ones', () => {
  it('still generate the package, in reasonable time, with every diagnostic at a file and line', () => {
    expect(status).toBe(0);
    expect(seconds).toBeLessThan(60);
    expect(propertiesOf('microsoft.graph.importedDeviceIdentityResult')).toEqual(['status']);
    for (const d of report.diagnostics) {
      expect(d.place.file).not.toBe('');
      expect(d.place.line).toBeGreaterThanOrEqual(1);
      expect(d.place.column).toBeGreaterThanOrEqual(1);
    }
  });

  it('produce a package that parses and type-checks', () => {
    const files = new Map(readdirSync(out, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => [join(e.parentPath, e.name), readFileSync(join(e.parentPath, e.name), 'utf8')]));
    expect(syntaxErrors(files)).toEqual([]);
    const tsc = join(PROJECT_ROOT, 'node_modules/typescript/bin/tsc');
    expect(() => execFileSync(process.execPath, [tsc, '-p', join(out, 'tsconfig.json'), '--noEmit'], { encoding: 'utf8', stdio: 'pipe' })).not.toThrow();
  });

  it.each(cases)('%s', (name, expected) => {
    const found = diagnosticsOf(`${name}.md`).map((d) => ({ code: d.code, line: d.place.line }));
    for (const want of expected.diagnostics) expect(found, expected.why).toContainEqual(want);
    if (expected.diagnostics.length === 0) expect(found, expected.why).toEqual([]);
    for (const [id, properties] of Object.entries(expected.types)) expect(propertiesOf(id), expected.why).toEqual(properties);
    for (const operation of expected.operations ?? []) {
      const [method, path] = operation.split(' ');
      expect(openapi.paths[path ?? '']?.[method?.toLowerCase() ?? ''], expected.why).toBeDefined();
    }
  });
});

describe('awkward files', () => {
  const table: [string, { file: string; want: { code: string; line: number; column?: number }[]; type?: [string, string[]] }][] = [
    ['binary bytes: skipped', { file: 'binary.md', want: [{ code: 'input-binary', line: 1 }] }],
    ['a byte that is not UTF-8: reported where it is, the page still read', { file: 'latin1.md', want: [{ code: 'input-not-utf8', line: 13, column: 18 }], type: ['microsoft.graph.latinWidget', ['label']] }],
    ['a byte-order mark: the front matter is still found', { file: 'bom.md', want: [], type: ['microsoft.graph.bomWidget', ['label']] }],
    ['a 50 MB page: skipped before it is read', { file: 'huge.md', want: [{ code: 'input-too-large', line: 1 }] }],
    ['a symbolic link to itself: reported, not followed', { file: 'loop.md', want: [{ code: 'input-symlink', line: 1 }] }],
    ['a symbolic link to nothing: reported, not followed', { file: 'dangling.md', want: [{ code: 'input-symlink', line: 1 }] }],
    ['a page in a folder named like a page', { file: 'folder.md/inner.md', want: [], type: ['microsoft.graph.innerWidget', ['label']] }],
  ];
  it.each(table)('%s', (_name, { file, want, type }) => {
    const found = diagnosticsOf(file).map((d) => ({ code: d.code, line: d.place.line, column: d.place.column }));
    for (const w of want) expect(found).toContainEqual(expect.objectContaining(w));
    if (want.length === 0) expect(found.map((d) => d.code)).not.toContain('missing-front-matter');
    if (type !== undefined) expect(propertiesOf(type[0])).toEqual(type[1]);
  });

  it('deep nesting: each line nested past the limits reported at its line and left out, the rest of the page read', () => {
    expect(TOO_NESTED_LINES.length).toBe(1 + (800 - 129) + 2);
    expect(diagnosticsOf('nested-lists.md').map((d) => `${d.code}:${d.place.line}`)).toEqual(TOO_NESTED_LINES.map((line) => `input-too-nested:${line}`));
    expect(propertiesOf('microsoft.graph.nestedWidget')).toEqual(['label']);
  });

  it('a symbolic link to a folder above is not walked into (no page read twice, no endless walk)', () => {
    expect(report.diagnostics.some((d) => d.place.file.startsWith('dir-loop/'))).toBe(false);
    expect(propertiesOf('microsoft.graph.innerWidget')).toEqual(['label']);
  });
});
