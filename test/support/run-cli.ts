import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { PROJECT_ROOT } from './seeds.js';

export interface CliRun {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs `md2ts` as a user would (a separate process, from the sources through tsx). */
export function runCli(args: readonly string[], cwd = PROJECT_ROOT): CliRun {
  const result = spawnSync(process.execPath, ['--import', 'tsx', join(PROJECT_ROOT, 'generator/cli/main.ts'), ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, CI: 'true' },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
