import { spawn } from 'node:child_process';
import { constants } from 'node:os';

/**
 * The semi-space size, in MB, a `generate --watch` session runs with (V8's default is 16).
 * An edit that changes structure rebuilds the whole model and re-emits the package: on the v1.0
 * pages ~700 MB of objects that mostly die young, some of them only after several collections.
 * With 16 MB semi-spaces that is ~50 scavenges per edit, 320-580 ms of a ~3 s regeneration
 * (`--trace-gc`, 5 to 10 edits a session); with 64 MB, ~16 scavenges and 200-270 ms. 128 MB
 * saves little more. The watch's memory hardly moves (peak RSS ~1 GB either way, set by its
 * first run), and a one-off `generate` keeps V8's default, for the peak memory of its run.
 */
export const WATCH_SEMI_SPACE_MB = 64;

const SEMI_SPACE_FLAG = /^--max[-_]semi[-_]space[-_]size(?:=|$)/;

/**
 * The arguments to run this process's command again under `node`, with the watch's semi-space
 * size, or undefined when nothing needs to change: not `generate --watch` (an argument after
 * `--` is no option), or the size already set, by these Node arguments or by `NODE_OPTIONS`.
 * V8 sizes its semi-spaces once, when the process starts: no setting in code changes them later.
 */
export function watchRelaunchArgs(
  userArgs: readonly string[],
  nodeArgs: readonly string[],
  script: string | undefined,
  env: Readonly<Record<string, string | undefined>>,
): string[] | undefined {
  const end = userArgs.indexOf('--');
  const options = end < 0 ? userArgs : userArgs.slice(0, end);
  if (script === undefined || options[0] !== 'generate' || !options.includes('--watch')) return undefined;
  const given = [...nodeArgs, ...(env['NODE_OPTIONS'] ?? '').split(/\s+/)];
  if (given.some((arg) => SEMI_SPACE_FLAG.test(arg))) return undefined;
  return [...nodeArgs, `--max-semi-space-size=${WATCH_SEMI_SPACE_MB}`, script, ...userArgs];
}

/** What the relaunching process sends its child on Ctrl-C or SIGTERM: stop as Ctrl-C would. */
const STOP_MESSAGE = 'md2ts:stop';

/**
 * Runs `node args` with this process's streams, and resolves with its exit code (128 + the
 * signal's number when a signal ended it), or undefined when it could not start (the caller
 * then runs the command itself). A Ctrl-C, SIGTERM or SIGHUP that reaches this process is passed
 * on as a message, not as a signal: a terminal's Ctrl-C reaches the child too, and a second
 * SIGINT would end it at once, mid-write (on Windows, `kill` ends a process without a word).
 */
export function runRelaunched(args: readonly string[]): Promise<number | undefined> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, args, { stdio: ['inherit', 'inherit', 'inherit', 'ipc'] });
    const passOn = (): void => {
      if (child.connected) child.send(STOP_MESSAGE);
    };
    const signals = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;
    for (const signal of signals) process.on(signal, passOn);
    let settled = false;
    const settle = (code: number | undefined): void => {
      if (settled) return;
      settled = true;
      for (const signal of signals) process.off(signal, passOn);
      resolve(code);
    };
    // An error once the child runs (a message it could not take) changes nothing: its exit tells.
    child.on('error', () => {
      if (child.pid === undefined) settle(undefined);
    });
    child.once('exit', (code, signal) => settle(code ?? 128 + (signal === null ? 0 : constants.signals[signal])));
  });
}

/**
 * Calls `stop` when the process that relaunched this one asks (`runRelaunched`) or goes away
 * (killed, say: a watch session must not outlive it). Does nothing in a process started otherwise.
 */
export function onStopFromParent(stop: () => void): void {
  if (!process.connected) return;
  // The channel must not keep the process alive once the session has ended.
  process.channel?.unref();
  process.on('message', (message) => {
    if (message === STOP_MESSAGE) stop();
  });
  process.once('disconnect', stop);
}
