import { spawnSync } from 'node:child_process';
import { CLI_ENTRY } from '../../bench/support/paths.js';
import { PROJECT_ROOT } from './seeds.js';

export interface CliRun {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** What `npm run md2ts` runs: md2ts from a JavaScript copy of its sources, on plain Node (the bench starts the same). */
export const CLI_FROM_SOURCES = CLI_ENTRY;

/** Runs `md2ts` as a user would (a separate process, as `npm run md2ts` starts it). */
export function runCli(args: readonly string[], cwd = PROJECT_ROOT): CliRun {
  const result = spawnSync(process.execPath, [CLI_FROM_SOURCES, ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, CI: 'true' },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
