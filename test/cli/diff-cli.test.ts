import { cpSync, mkdtempSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../support/run-cli.js';
import { DOCS_INPUT } from '../support/seeds.js';
import { runInProcess } from './run-in-process.js';

const CREATE_PAGE = 'intune-enrollment-importeddeviceidentity-create.md';

/** Two docs trees: the seeds, and the seeds edited the way a docs change would (a property retyped, one added, an enum member added). */
function twoDocTrees(): { dir: string; old: string; next: string } {
  const dir = mkdtempSync(join(tmpdir(), 'md2ts-diff-'));
  const old = join(dir, 'old');
  const next = join(dir, 'new');
  cpSync(DOCS_INPUT, old, { recursive: true });
  cpSync(DOCS_INPUT, next, { recursive: true });
  const page = join(next, CREATE_PAGE);
  const edited = readFileSync(page, 'utf8')
    .replace('|description|String||', '|description|Int32||\n|serialNumber|String|The serial number.|')
    .replace('`windowsMobile`, `macOS`.|', '`windowsMobile`, `macOS`, `linux`.|');
  writeFileSync(page, edited);
  return { dir, old, next };
}

describe('md2ts diff', () => {
  it('compares two docs trees: lists the changes, classifies them, suggests the bump (a child process, as users run it)', () => {
    const { old, next } = twoDocTrees();
    const run = runCli(['diff', old, next]);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('1 breaking, 2 minor, 0 patch; suggested version bump: major');
    expect(run.stdout).toContain('- property microsoft.graph.importedDeviceIdentity.description changed type: string | null → integer(int32) | null');
    expect(run.stdout).toContain('+ property microsoft.graph.importedDeviceIdentity.serialNumber added (string | null)');
    expect(run.stdout).toContain('+ enum microsoft.graph.platform gained member "linux"');
    expect(run.stderr).toMatch(/old: .*docs tree, 2 pages/);
  });

  it('compares a generated package with a docs tree, in json', async () => {
    const { dir, old, next } = twoDocTrees();
    const pkg = join(dir, 'pkg');
    expect((await runInProcess(['generate', '--input', old, '--out', pkg, '--quiet'])).status).toBe(0);
    const run = await runInProcess(['diff', pkg, next, '--format', 'json']);
    expect(run.status).toBe(0);
    const report = JSON.parse(run.stdout) as { bump: string; counts: Record<string, number>; changes: { kind: string }[] };
    expect(report.bump).toBe('major');
    expect(report.counts).toEqual({ breaking: 1, minor: 2, patch: 0 });
    expect(run.stderr).toContain('generated package');
  });

  it('reports no changes between a package and the docs it came from, in markdown', async () => {
    const { dir, old } = twoDocTrees();
    const pkg = join(dir, 'pkg');
    await runInProcess(['generate', '--input', old, '--out', pkg, '--quiet']);
    const run = await runInProcess(['diff', join(pkg, 'openapi.json'), old, '--format', 'markdown']);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('suggested version bump **none**');
  });

  it.each([
    ['a missing side', (dir: string) => [join(dir, 'nope'), dir], /nope does not exist/],
    ['a folder with neither openapi.json nor pages', (dir: string) => [join(dir, 'empty'), join(dir, 'empty')], /neither a generated package \(no openapi.json\) nor a docs tree/],
    ['a JSON file that is not OpenAPI', (dir: string) => [join(dir, 'x.json'), join(dir, 'x.json')], /x\.json: not an OpenAPI document/],
    ['a file that is not JSON', (dir: string) => [join(dir, 'y.json'), join(dir, 'y.json')], /cannot read .*y\.json as JSON/],
  ])('exits 2 with one clear message on %s', async (_name, sides, message) => {
    const dir = mkdtempSync(join(tmpdir(), 'md2ts-diff-'));
    mkdirSync(join(dir, 'empty'));
    writeFileSync(join(dir, 'x.json'), '{"swagger": "2.0"}');
    writeFileSync(join(dir, 'y.json'), '{');
    const run = await runInProcess(['diff', ...sides(dir)]);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(message);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  it('exits 2 on an unknown --format, as on any usage error', async () => {
    const run = await runInProcess(['diff', 'a', 'b', '--format', 'html']);
    expect(run.status).toBe(2);
  });
});
