import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DOCS_INPUT } from '../support/seeds.js';
import { runInProcess } from './run-in-process.js';

/** A scratch folder with the seeds in `docs/` and, when given, a config file. */
function project(config?: unknown): { dir: string; args: string[] } {
  const dir = mkdtempSync(join(tmpdir(), 'md2ts-examples-'));
  cpSync(DOCS_INPUT, join(dir, 'docs'), { recursive: true });
  const args = ['generate', '--input', join(dir, 'docs'), '--out', join(dir, 'pkg'), '--no-cache'];
  if (config === undefined) return { dir, args };
  writeFileSync(join(dir, 'md2ts.config.json'), JSON.stringify(config));
  return { dir, args: [...args, '--config', join(dir, 'md2ts.config.json')] };
}

// Seed 000's create response writes `"String"` for two enums: real mistakes in a response example.
const INVALID_AT_LINE = /^intune-enrollment-importeddeviceidentity-create\.md:109:1 warning example-invalid response example is not a valid microsoft\.graph\.importedDeviceIdentity: at enrollmentState, expected one of "unknown" \| .*, got "String"$/m;
const SUMMARY = 'examples: parsed 4/4, typed 4/4, valid 2/4';

describe('md2ts generate checks the docs’ examples with the validators it emits', () => {
  const cases: [string, { flags: string[]; config?: unknown; checks: boolean }][] = [
    ['by default: example-invalid at file:line with the JSON path, and a summary', { flags: [], checks: true }],
    ['not with --no-validate-examples', { flags: ['--no-validate-examples'], checks: false }],
    ['not with "validateExamples": false in the config', { flags: [], config: { validateExamples: false }, checks: false }],
    ['with "validateExamples": true in the config', { flags: [], config: { validateExamples: true }, checks: true }],
    ['--no-validate-examples beats the config', { flags: ['--no-validate-examples'], config: { validateExamples: true }, checks: false }],
    ['not when no validators are emitted', { flags: [], config: { emitters: ['models', 'openapi'] }, checks: false }],
  ];
  it.each(cases)('%s', async (_name, { flags, config, checks }) => {
    const { args } = project(config);
    const run = await runInProcess([...args, ...flags]);
    expect(run.status).toBe(0);
    if (checks) {
      expect(run.stderr).toMatch(INVALID_AT_LINE);
      expect(run.stdout).toContain(SUMMARY);
      // The enum slip is said once, by the validator, not again as example-enum-value at the same line.
      expect(run.stderr).not.toMatch(/:109:1 warning example-enum-value /);
    } else {
      expect(run.stderr).not.toContain('example-invalid');
      expect(run.stdout).not.toContain('examples: parsed');
      expect(run.stderr).toMatch(/:109:1 warning example-enum-value /);
    }
  });

  it('--help names the option', async () => {
    const run = await runInProcess(['generate', '--help']);
    expect(run.stdout + run.stderr).toContain('--no-validate-examples');
  });
});
