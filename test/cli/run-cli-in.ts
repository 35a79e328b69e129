import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import type { CliRun } from '../support/run-cli.js';
import { PROJECT_ROOT } from '../support/seeds.js';

/**
 * Runs `md2ts` as a child process in any working directory: tsx is loaded by its resolved
 * URL, since a bare `--import tsx` resolves from the working directory and a temp dir has no
 * node_modules.
 */
export function runCliIn(cwd: string, args: readonly string[], env: Readonly<Record<string, string>> = {}): CliRun {
  const result = spawnSync(process.execPath, ['--import', import.meta.resolve('tsx'), join(PROJECT_ROOT, 'generator/cli/main.ts'), ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, CI: 'true', ...env },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
