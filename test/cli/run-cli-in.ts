import { spawnSync } from 'node:child_process';
import type { CliRun } from '../support/run-cli.js';
import { CLI_FROM_SOURCES } from '../support/run-cli.js';

/** Runs `md2ts` as a child process in any working directory (a temp dir, with no node_modules). */
export function runCliIn(cwd: string, args: readonly string[], env: Readonly<Record<string, string>> = {}): CliRun {
  const result = spawnSync(process.execPath, [CLI_FROM_SOURCES, ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, CI: 'true', ...env },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
