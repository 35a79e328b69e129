import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../support/run-cli.js';
import { DOCS_INPUT, GENERATED } from '../support/seeds.js';

const scratch = (): string => mkdtempSync(join(tmpdir(), 'md2ts-cli-'));

describe('md2ts generate --check', () => {
  it('passes on the committed generated/ (run `npm run generate` and commit if this fails)', () => {
    const run = runCli(['generate', '--check']);
    expect(run.stderr + run.stdout).toContain('generated is current');
    expect(run.status).toBe(0);
  });

  it('fails, naming the files, when the out dir is stale', () => {
    const out = join(scratch(), 'generated');
    cpSync(GENERATED, out, { recursive: true });
    writeFileSync(join(out, 'src/models.ts'), '// edited by hand\n');
    writeFileSync(join(out, 'src/leftover.ts'), 'export {};\n');
    const before = readFileSync(join(out, 'src/models.ts'), 'utf8');
    const run = runCli(['generate', '--check', '--out', out]);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('changed: src/models.ts');
    expect(run.stderr).toContain('stale: src/leftover.ts');
    expect(readFileSync(join(out, 'src/models.ts'), 'utf8')).toBe(before);
  });
});

describe('md2ts generate', () => {
  it('writes the package, prints diagnostics as file:line:col severity code message and a summary', () => {
    const out = join(scratch(), 'pkg');
    const run = runCli(['generate', '--input', DOCS_INPUT, '--out', out]);
    expect(run.status).toBe(0);
    expect(run.stderr).toMatch(/^intune-enrollment-importeddeviceidentity-create\.md:21:1 warning permission-placeholder /m);
    expect(run.stdout).toMatch(/0 errors, 12 warnings, 0 info/);
    expect(readFileSync(join(out, 'src/index.ts'), 'utf8')).toBe(readFileSync(join(GENERATED, 'src/index.ts'), 'utf8'));
  });

  it('replaces its own earlier output, removing stale files, but refuses foreign files without --force', () => {
    const out = join(scratch(), 'pkg');
    expect(runCli(['generate', '--out', out]).status).toBe(0);
    const manifest = JSON.parse(readFileSync(join(out, '.md2ts-manifest.json'), 'utf8')) as string[];
    writeFileSync(join(out, '.md2ts-manifest.json'), JSON.stringify([...manifest, 'src/old.ts']));
    writeFileSync(join(out, 'src/old.ts'), 'export {};\n');
    expect(runCli(['generate', '--out', out]).status).toBe(0);
    expect(existsSync(join(out, 'src/old.ts'))).toBe(false);

    writeFileSync(join(out, 'notes.txt'), 'mine');
    const refused = runCli(['generate', '--out', out]);
    expect(refused.status).toBe(2);
    expect(refused.stderr).toContain('notes.txt');
    expect(readFileSync(join(out, 'notes.txt'), 'utf8')).toBe('mine');
    expect(runCli(['generate', '--out', out, '--force']).status).toBe(0);
    expect(existsSync(join(out, 'notes.txt'))).toBe(false);
  });

  it.each([
    ['a missing input dir', ['generate', '--input', '/nonexistent/docs'], /does not exist/],
    ['an unknown option', ['generate', '--bogus'], /unknown option/],
    ['a bad --format', ['generate', '--format', 'xml'], /text, json or sarif/],
  ])('exits 2 with one clear line and no stack trace on %s', (_name, args, message) => {
    const run = runCli(args);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(message);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  it('writes --report in json and sarif', () => {
    const dir = scratch();
    mkdirSync(join(dir, 'out'));
    const json = runCli(['generate', '--check', '--report', join(dir, 'r.json'), '--format', 'json']);
    expect(json.status).toBe(0);
    const report = JSON.parse(readFileSync(join(dir, 'r.json'), 'utf8')) as { summary: { warning: number }; diagnostics: { code: string }[] };
    expect(report.summary.warning).toBe(12);
    const sarif = runCli(['generate', '--check', '--report', join(dir, 'r.sarif'), '--format', 'sarif']);
    expect(sarif.status).toBe(0);
    const log = JSON.parse(readFileSync(join(dir, 'r.sarif'), 'utf8')) as { version: string; runs: { results: { ruleId: string; locations: unknown[] }[] }[] };
    expect(log.version).toBe('2.1.0');
    expect(log.runs[0]?.results).toHaveLength(12);
    expect(log.runs[0]?.results[0]?.ruleId).toBe('permission-placeholder');
  });

  it('--help tells every option of generate', () => {
    const run = runCli(['generate', '--help']);
    expect(run.status).toBe(0);
    for (const option of ['--input', '--out', '--check', '--report', '--format', '--package-name', '--force']) expect(run.stdout).toContain(option);
  });
});
