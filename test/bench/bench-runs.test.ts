import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DOCS_INPUT, PROJECT_ROOT } from '../support/seeds.js';

const SUMMARY_NAMES = ['generate-vs-parse', 'incremental', 'tsc-vs-graph-types', 'validators-vs-ajv', 'peak-memory-mb'];

describe('npm run bench', () => {
  // Only that it runs and prints its summary in the form CI tooling reads: the figures
  // themselves are measurements of a noisy machine, never asserted.
  it('runs every figure on the seeds (--quick) and ends with the five summary lines', () => {
    const run = spawnSync(process.execPath, ['--import', 'tsx', join(PROJECT_ROOT, 'bench/run.ts'), '--input', DOCS_INPUT, '--quick'], {
      cwd: PROJECT_ROOT,
      encoding: 'utf8',
      env: { ...process.env, CI: 'true' },
      timeout: 240_000,
    });
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).not.toContain('FAILED');
    const lastLines = run.stdout.trimEnd().split('\n').slice(-SUMMARY_NAMES.length);
    expect(lastLines.map((line) => line.split(':')[0])).toEqual(SUMMARY_NAMES);
    for (const line of lastLines) expect(line).toMatch(/^[a-z-]+: \d+(\.\d+)?$/);
  }, 300_000);
});
