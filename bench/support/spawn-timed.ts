import { spawn } from 'node:child_process';
import { CLI_ENTRY, PROJECT_ROOT, REPORT_MAX_RSS } from './paths.js';

export interface TimedRun {
  /** Wall time from spawn to exit: process start-up and module loading included, as a user waits. */
  readonly ms: number;
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
  /** Peak resident set size of the whole process (every thread), in KiB. */
  readonly maxRssKb: number | undefined;
}

const RSS_LINE = /\n?md2ts-bench-max-rss-kb: (\d+)\n/;

/** Runs a JavaScript entry point (md2ts's launcher, the parse floor, tsc) in a fresh Node process, with no loader, and times it. */
export function runTimed(entry: string, args: readonly string[], env: NodeJS.ProcessEnv = {}): Promise<TimedRun> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, ['--import', REPORT_MAX_RSS, entry, ...args], {
      cwd: PROJECT_ROOT,
      env: { ...process.env, CI: 'true', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      const ms = performance.now() - started;
      const rss = RSS_LINE.exec(stderr);
      resolve({ ms, code, stdout, stderr: stderr.replace(RSS_LINE, ''), maxRssKb: rss ? Number(rss[1]) : undefined });
    });
  });
}

/** `md2ts ARGS` from the sources, timed; a failed run is an error, with its output. */
export async function runCliTimed(args: readonly string[]): Promise<TimedRun> {
  const run = await runTimed(CLI_ENTRY, args);
  if (run.code !== 0) throw new Error(`md2ts ${args.join(' ')} exited ${run.code}:\n${run.stderr.slice(-2000)}`);
  return run;
}
