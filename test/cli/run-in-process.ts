import { main } from '../../generator/cli/main.js';
import type { Console } from '../../generator/cli/console.js';

export interface InProcessRun {
  readonly status: number;
  readonly stdout: string;
  readonly stderr: string;
  readonly progress: string[];
}

/** A console that keeps what a command says, for tests; `progress` set makes it behave like a terminal. */
export function recordingConsole(withProgress = false): Console & { readonly lines: { out: string[]; err: string[]; progress: string[] } } {
  const lines = { out: [] as string[], err: [] as string[], progress: [] as string[] };
  return {
    lines,
    out: (line) => void lines.out.push(line),
    err: (line) => void lines.err.push(line),
    progress: withProgress ? (line) => void lines.progress.push(line) : undefined,
    endProgress: () => undefined,
  };
}

/** Runs `md2ts` in this process (no process start-up, a few times faster than a child process), reading what it says. */
export async function runInProcess(args: readonly string[], withProgress = false): Promise<InProcessRun> {
  const console = recordingConsole(withProgress);
  const status = await main(args, console);
  return { status, stdout: console.lines.out.join('\n'), stderr: console.lines.err.join('\n'), progress: console.lines.progress };
}
