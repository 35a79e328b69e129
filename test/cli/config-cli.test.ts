import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCliIn } from './run-cli-in.js';
import { DOCS_INPUT, PROJECT_ROOT } from '../support/seeds.js';
import { runInProcess } from './run-in-process.js';

/** A project folder holding a copy of the seeds in `docs/` and the given config. */
function project(config: unknown): string {
  const dir = mkdtempSync(join(tmpdir(), 'md2ts-config-'));
  cpSync(DOCS_INPUT, join(dir, 'docs'), { recursive: true });
  writeFileSync(join(dir, 'md2ts.config.json'), typeof config === 'string' ? config : JSON.stringify(config, null, 2));
  return dir;
}

const packageJson = (out: string): { name: string; version: string } => JSON.parse(readFileSync(join(out, 'package.json'), 'utf8')) as { name: string; version: string };

describe('md2ts.config.json', () => {
  it('is read from the working directory: paths relative to it, package name and version, severity overrides', () => {
    const dir = project({ input: 'docs', out: 'pkg', packageName: '@contoso/devices', packageVersion: '2.1.0', severity: { 'permission-placeholder': 'off', 'missing-front-matter': 'error' } });
    const run = runCliIn(dir, ['generate']);
    expect(run.status).toBe(0);
    expect(packageJson(join(dir, 'pkg'))).toMatchObject({ name: '@contoso/devices', version: '2.1.0' });
    expect(run.stderr).not.toContain('permission-placeholder');
    expect(run.stderr).toMatch(/^intune-enrollment-importeddeviceidentityresult-create\.md:1:1 error missing-front-matter /m);
    expect(run.stdout).toContain('1 error, 9 warnings, 0 info (config: md2ts.config.json)');
  });

  it('gives way to flags', async () => {
    const dir = project({ input: 'docs', out: 'pkg', packageName: 'from-config' });
    const out = join(dir, 'elsewhere');
    const run = await runInProcess(['generate', '--config', join(dir, 'md2ts.config.json'), '--out', out, '--package-name', 'from-flag', '--quiet']);
    expect(run.status).toBe(0);
    expect(packageJson(out).name).toBe('from-flag');
    expect(existsSync(join(dir, 'pkg'))).toBe(false);
  });

  it('limits the emitters: the index re-exports only what was emitted, and the package still type-checks', async () => {
    const dir = project({ input: 'docs', out: 'pkg', emitters: ['models', 'operations'] });
    const run = await runInProcess(['generate', '--config', join(dir, 'md2ts.config.json'), '--quiet']);
    expect(run.status).toBe(0);
    const pkg = join(dir, 'pkg');
    const index = readFileSync(join(pkg, 'src/index.ts'), 'utf8');
    expect(index).toContain("export * from './models.js';");
    expect(index).toContain("export * from './operations.js';");
    expect(index).not.toContain('./validators');
    expect(existsSync(join(pkg, 'src/validators'))).toBe(false);
    expect(existsSync(join(pkg, 'src/validators.ts'))).toBe(false);
    expect(existsSync(join(pkg, 'openapi.json'))).toBe(false);
    // The package's manifest and README promise only what is there.
    const manifest = JSON.parse(readFileSync(join(pkg, 'package.json'), 'utf8')) as { exports: Record<string, unknown>; files: string[] };
    expect(Object.keys(manifest.exports)).toEqual(['.', './package.json']);
    expect(manifest.files).toEqual(['dist', 'src']);
    const readme = readFileSync(join(pkg, 'README.md'), 'utf8');
    expect(readme).not.toMatch(/openapi\.json|src\/validators|validate[A-Z]/);
    expect(readme).toContain("import { createClient } from 'md2ts-generated';");
    const tsc = join(PROJECT_ROOT, 'node_modules/typescript/bin/tsc');
    expect(() => execFileSync(process.execPath, [tsc, '-p', join(pkg, 'tsconfig.json'), '--noEmit'], { encoding: 'utf8', stdio: 'pipe' })).not.toThrow();
  });

  it('can ask for the OpenAPI document alone', async () => {
    const dir = project({ input: 'docs', out: 'pkg', emitters: ['openapi'] });
    expect((await runInProcess(['generate', '--config', join(dir, 'md2ts.config.json'), '--quiet'])).status).toBe(0);
    expect(existsSync(join(dir, 'pkg/openapi.json'))).toBe(true);
    expect(existsSync(join(dir, 'pkg/src/models.ts'))).toBe(false);
  });

  it('when invalid, exits 2 naming file:line:col, key path and what was expected for every problem, writing nothing', async () => {
    const dir = project('{\n  "inptu": "docs",\n  "emitters": ["models", "validator"],\n  "severity": { "json-parse-error": "fatal" }\n}\n');
    const config = join(dir, 'md2ts.config.json');
    const run = await runInProcess(['generate', '--config', config]);
    expect(run.status).toBe(2);
    expect(run.stderr.split('\n')).toEqual([
      `md2ts: invalid config file ${config} (3 problems):`,
      `  ${config}:2:3: inptu: unknown key (did you mean "input"?); expected one of "input", "out", "packageName", "packageVersion", "emitters", "validateExamples", "severity"`,
      `  ${config}:3:26: emitters[1]: expected one of "models", "validators", "operations", "openapi", got "validator" (did you mean "validators"?)`,
      `  ${config}:4:37: severity.json-parse-error: expected one of "off", "info", "warning", "error", got "fatal"`,
    ]);
    expect(existsSync(join(dir, 'generated'))).toBe(false);
  });

  it('exits 2 when --config names a file that does not exist', async () => {
    const run = await runInProcess(['generate', '--config', '/nonexistent/md2ts.config.json']);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe('md2ts: cannot read config file /nonexistent/md2ts.config.json: it does not exist');
  });

  it.each([
    ['--package-name', 'Not A Name', /--package-name <name>' argument 'Not A Name' is invalid. expected an npm package name/],
    ['--package-version', 'latest', /--package-version <version>' argument 'latest' is invalid. expected a SemVer version/],
  ])('checks %s like the config does (exit 2)', async (flag, value, message) => {
    const run = await runInProcess(['generate', flag, value, '--check']);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(message);
  });
});

describe('--fail-on', () => {
  const scratchOut = (): string => join(mkdtempSync(join(tmpdir(), 'md2ts-failon-')), 'pkg');
  it.each([
    ['warning, with warnings: exit 1, output still written', ['--fail-on', 'warning'], 1],
    ['error, with warnings only: exit 0', ['--fail-on', 'error'], 0],
    ['not given: exit 0', [], 0],
  ])('%s', async (_name, flags, status) => {
    const out = scratchOut();
    const run = await runInProcess(['generate', '--out', out, '--quiet', ...flags]);
    expect(run.status).toBe(status);
    expect(existsSync(join(out, 'src/index.ts'))).toBe(true);
    if (status === 1) expect(run.stderr).toContain('failing because of --fail-on warning: 0 errors, 12 warnings, 0 info');
  });

  it('counts severities after the config overrides them', async () => {
    const dir = project({ input: 'docs', out: 'pkg', severity: { 'permission-placeholder': 'error' } });
    const run = await runInProcess(['generate', '--config', join(dir, 'md2ts.config.json'), '--fail-on', 'error', '--quiet']);
    expect(run.status).toBe(1);
  });
});
