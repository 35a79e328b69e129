import type { ChildProcessWithoutNullStreams } from 'node:child_process';
import { spawn } from 'node:child_process';
import { CLI_ENTRY, PROJECT_ROOT } from './paths.js';

/** `md2ts generate --watch …` in a child process, its stdout collected line by line. */
export interface WatchSession {
  /** Resolves when stdout has `count` lines matching `pattern` (fails after `ms`), with the last of them. */
  waitForLine(pattern: RegExp, count: number, ms?: number): Promise<string>;
  stop(): Promise<void>;
}

export function startWatchSession(args: readonly string[]): WatchSession {
  const child: ChildProcessWithoutNullStreams = spawn(process.execPath, [CLI_ENTRY, 'generate', '--watch', ...args], {
    cwd: PROJECT_ROOT,
    env: { ...process.env, CI: 'true' },
  });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  return {
    async waitForLine(pattern, count, ms = 300_000) {
      const deadline = Date.now() + ms;
      for (;;) {
        const lines = stdout.split('\n').filter((line) => pattern.test(line));
        if (lines.length >= count) return lines[count - 1] as string;
        if (child.exitCode !== null || Date.now() > deadline) throw new Error(`md2ts --watch: no ${pattern} (${count}):\n${stdout.slice(-2000)}\n${stderr.slice(-2000)}`);
        await new Promise((resolve) => setTimeout(resolve, 5));
      }
    },
    async stop() {
      if (child.exitCode !== null) return;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGINT');
      await exited;
    },
  };
}
