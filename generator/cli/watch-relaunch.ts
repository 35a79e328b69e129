import { spawn } from 'node:child_process';

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
/** A debugger attached to this process: the session stays in it (a child could not open the same port). */
const INSPECT_FLAG = /^--inspect(?:-brk|-wait)?(?:=|$)/;

/** Set in the environment of the child `runRelaunched` starts: it talks to its parent, and never starts another. */
export const WATCH_CHILD_ENV = 'MD2TS_WATCH_CHILD';

/**
 * The arguments to run this process's command again under `node`, with the watch's semi-space
 * size, or undefined when it runs here: not `generate --watch` (an argument after `--` is no
 * option); the size already set, by these Node arguments or by `NODE_OPTIONS`; a debugger
 * attached; or this process is such a child already. V8 sizes its semi-spaces once, when the
 * process starts: no setting in code changes them later.
 */
export function watchRelaunchArgs(
  userArgs: readonly string[],
  nodeArgs: readonly string[],
  script: string | undefined,
  env: Readonly<Record<string, string | undefined>>,
): string[] | undefined {
  const end = userArgs.indexOf('--');
  const options = end < 0 ? userArgs : userArgs.slice(0, end);
  if (script === undefined || env[WATCH_CHILD_ENV] !== undefined || options[0] !== 'generate' || !options.includes('--watch')) return undefined;
  const given = [...nodeArgs, ...(env['NODE_OPTIONS'] ?? '').split(/\s+/)];
  if (given.some((arg) => SEMI_SPACE_FLAG.test(arg) || INSPECT_FLAG.test(arg))) return undefined;
  return [...nodeArgs, `--max-semi-space-size=${WATCH_SEMI_SPACE_MB}`, script, ...userArgs];
}

/** The child's word that it listens (`listenToParent`): a stop asked for before then waits for it. */
const READY_MESSAGE = 'md2ts:ready';
/** What the parent sends its child on Ctrl-C, SIGTERM or SIGHUP: stop as Ctrl-C would. */
const STOP_MESSAGE = 'md2ts:stop';

/** How the relaunched child ended: its exit code, or the signal that ended it. */
export type ChildEnd = { readonly code: number } | { readonly signal: NodeJS.Signals };

/**
 * Runs `node args` with this process's streams, and resolves with how it ended, or undefined
 * when it could not start (the caller then runs the command itself). The first Ctrl-C, SIGTERM
 * or SIGHUP that reaches this process is passed on as a message, not as a signal: a terminal's
 * Ctrl-C reaches the child too, and a second SIGINT would end it at once, mid-write (on Windows,
 * `kill` ends a process without a word). A second one is passed on as the signal itself, so a
 * session that does not stop can still be ended.
 */
export function runRelaunched(args: readonly string[]): Promise<ChildEnd | undefined> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, args, { stdio: ['inherit', 'inherit', 'inherit', 'ipc'], env: { ...process.env, [WATCH_CHILD_ENV]: '1' } });
    let ready = false;
    let stopAsked = false;
    const sendStop = (): void => {
      if (child.connected) child.send(STOP_MESSAGE);
    };
    child.on('message', (message) => {
      if (message !== READY_MESSAGE) return;
      ready = true;
      if (stopAsked) sendStop();
    });
    const passOn = (signal: NodeJS.Signals): void => {
      if (stopAsked) child.kill(signal);
      stopAsked = true;
      if (ready) sendStop();
    };
    const signals = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;
    for (const signal of signals) process.on(signal, passOn);
    let settled = false;
    const settle = (end: ChildEnd | undefined): void => {
      if (settled) return;
      settled = true;
      for (const signal of signals) process.off(signal, passOn);
      resolve(end);
    };
    // An error once the child runs (a message it could not take) changes nothing: its exit tells.
    child.on('error', () => {
      if (child.pid === undefined) settle(undefined);
    });
    child.once('exit', (code, signal) => settle(signal !== null ? { signal } : { code: code ?? 0 }));
  });
}

/**
 * In a child `runRelaunched` started: resolves when the parent asks it to stop, or goes away
 * (killed, say: a watch session must not outlive it); at once if it is gone already. Undefined
 * in any other process (a test runner's forked worker has an IPC channel too). Called as the
 * program starts, so no stop is missed while it loads its config and reads the docs.
 */
export function listenToParent(env: Readonly<Record<string, string | undefined>>): Promise<void> | undefined {
  if (env[WATCH_CHILD_ENV] === undefined) return undefined;
  if (!process.connected) return Promise.resolve();
  return new Promise((stop) => {
    // The channel must not keep the process alive once the session has ended.
    process.channel?.unref();
    process.on('message', (message) => {
      if (message === STOP_MESSAGE) stop();
    });
    process.once('disconnect', () => stop());
    process.send?.(READY_MESSAGE);
  });
}
