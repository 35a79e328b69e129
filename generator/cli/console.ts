/** Where a command's words go: injected so tests can read them and commands never touch the process's streams. */
export interface Console {
  readonly out: (line: string) => void;
  readonly err: (line: string) => void;
  /** Overwrites one status line in place; `undefined` where that would only add noise (not a terminal, or CI). */
  readonly progress: ((line: string) => void) | undefined;
  /** Clears the status line, if one was drawn, before the command's last words. */
  readonly endProgress: () => void;
}

export interface Stream {
  readonly isTTY?: boolean;
  write(text: string): unknown;
}

/**
 * The console of a real run: lines to stdout and stderr, and a progress line on stderr only
 * when stderr is a terminal and `CI` is unset (CI logs keep every `\r` redraw as a line).
 */
export function streamConsole(stdout: Stream, stderr: Stream, env: Readonly<Record<string, string | undefined>>): Console {
  const live = stderr.isTTY === true && !env['CI'];
  let drawn = false;
  return {
    out: (line) => stdout.write(`${line}\n`),
    err: (line) => {
      // A message must not land after a half-drawn status line: clear it first.
      stderr.write(`${drawn ? '\r\u001b[K' : ''}${line}\n`);
      drawn = false;
    },
    progress: live
      ? (line) => {
          drawn = true;
          stderr.write(`\r${line}\u001b[K`);
        }
      : undefined,
    endProgress: () => {
      if (drawn) stderr.write('\r\u001b[K');
      drawn = false;
    },
  };
}
