import type { ChildProcessWithoutNullStreams } from 'node:child_process';
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { WATCH_SEMI_SPACE_MB } from '../../generator/cli/watch-relaunch.js';
import { CLI_FROM_SOURCES } from '../support/run-cli.js';
import { DOCS_INPUT, PROJECT_ROOT } from '../support/seeds.js';

const scratch = mkdtempSync(join(tmpdir(), 'md2ts-watch-'));
const docs = join(scratch, 'docs');
const out = join(scratch, 'out');
cpSync(DOCS_INPUT, docs, { recursive: true });

const CREATE_PAGE = join(docs, 'intune-enrollment-importeddeviceidentity-create.md');
const RESULT_PAGE = join(docs, 'intune-enrollment-importeddeviceidentityresult-create.md');
const MODELS = join(out, 'src/models.ts');
const RESULT_MODEL = /^export interface ImportedDeviceIdentityResult\b/m;

/** `md2ts generate --watch` in a child process, with its output collected as it comes. */
class WatchProcess {
  readonly child: ChildProcessWithoutNullStreams;
  stdout = '';
  stderr = '';

  constructor(args: readonly string[]) {
    this.child = spawn(process.execPath, [CLI_FROM_SOURCES, 'generate', '--watch', ...args], {
      cwd: PROJECT_ROOT,
      env: { ...process.env, CI: 'true' },
    });
    this.child.stdout.setEncoding('utf8').on('data', (chunk: string) => (this.stdout += chunk));
    this.child.stderr.setEncoding('utf8').on('data', (chunk: string) => (this.stderr += chunk));
  }

  /** Waits until stdout holds `count` lines matching `pattern`, or fails after `ms` with what it printed. */
  async waitFor(pattern: RegExp, count = 1, ms = 60_000): Promise<void> {
    const deadline = Date.now() + ms;
    const matches = (): number => this.stdout.split('\n').filter((line) => pattern.test(line)).length;
    while (matches() < count) {
      if (this.child.exitCode !== null) throw new Error(`md2ts --watch exited ${this.child.exitCode}:\n${this.stdout}\n${this.stderr}`);
      if (Date.now() > deadline) throw new Error(`no ${count}× ${pattern} within ${ms} ms:\n${this.stdout}\n${this.stderr}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  exited(): Promise<number | null> {
    return this.child.exitCode !== null ? Promise.resolve(this.child.exitCode) : new Promise((resolve) => this.child.once('exit', (code) => resolve(code)));
  }
}

/** Whether a process runs: there, and not a zombie waiting to be reaped. */
function isRunning(pid: number): boolean {
  try {
    return !readFileSync(`/proc/${pid}/stat`, 'utf8').includes(') Z ');
  } catch {
    return false;
  }
}
const sessionChildren: number[] = [];

let watcher: WatchProcess | undefined;
afterAll(() => {
  if (watcher?.child.exitCode === null) watcher.child.kill('SIGKILL');
  rmSync(scratch, { recursive: true, force: true });
});

describe('md2ts generate --watch', () => {
  it('regenerates on an edit, survives a half-saved page and a deleted page, and stops cleanly on Ctrl-C', async () => {
    watcher = new WatchProcess(['--input', docs, '--out', out, '--cache', join(scratch, 'cache')]);
    await watcher.waitFor(/^wrote \d+ files to .*Watching/);
    // The same diagnostics as generate: the docs' examples are checked with the emitted validators too.
    expect(watcher.stderr).toMatch(/^intune-enrollment-importeddeviceidentity-create\.md:109:1 warning example-invalid /m);
    expect(readFileSync(MODELS, 'utf8')).not.toContain('watchNote');

    // An edit: one more row in the request body's properties table gives the type one more property.
    const page = readFileSync(CREATE_PAGE, 'utf8');
    writeFileSync(CREATE_PAGE, page.replace(/^(\|platform\|Enumeration\|.*\|)$/m, '$1\n|watchNote|String|Added by the watch test.|'));
    await watcher.waitFor(/^regenerated in .*intune-enrollment-importeddeviceidentity-create\.md changed; 1 page parsed\): [1-9]\d* changed/);
    expect(readFileSync(MODELS, 'utf8')).toMatch(/watchNote\?: string/);
    expect(watcher.stdout).toMatch(/^ {2}changed: src\/models\.ts$/m);

    // Half-saved: the page cut off inside its table. A run with diagnostics, not a crash.
    writeFileSync(CREATE_PAGE, page.slice(0, page.indexOf('|lastModifiedDateTime|')));
    await watcher.waitFor(/^regenerated in /, 2);
    expect(existsSync(MODELS)).toBe(true);
    writeFileSync(CREATE_PAGE, page);
    await watcher.waitFor(/^regenerated in /, 3);

    // Deleted: the type only that page describes goes from the models module.
    expect(readFileSync(MODELS, 'utf8')).toMatch(RESULT_MODEL);
    unlinkSync(RESULT_PAGE);
    await watcher.waitFor(/^regenerated in .*intune-enrollment-importeddeviceidentityresult-create\.md changed; 0 pages parsed\): [1-9]\d* changed/);
    expect(readFileSync(MODELS, 'utf8')).not.toMatch(RESULT_MODEL);
    expect(watcher.stdout).toMatch(/^ {2}changed: src\/models\.ts$/m);

    watcher.child.kill('SIGINT');
    expect(await watcher.exited()).toBe(0);
    expect(watcher.stdout).toMatch(/stopped watching\.\n$/);
  });

  // /proc lists a process's children on Linux only.
  it.skipIf(process.platform !== 'linux')('runs in a child process with the watch semi-space size, which stops when the parent is killed', async () => {
    const session = new WatchProcess(['--input', docs, '--out', join(scratch, 'out-killed'), '--no-cache']);
    try {
      await session.waitFor(/Watching/);
      const pid = session.child.pid ?? 0;
      const children = readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/).map(Number);
      expect(children).toHaveLength(1);
      const child = children[0] ?? 0;
      sessionChildren.push(child);
      expect(readFileSync(`/proc/${child}/cmdline`, 'utf8').split('\0')).toContain(`--max-semi-space-size=${WATCH_SEMI_SPACE_MB}`);
      // Killed without a word (SIGKILL): the session must not go on watching alone.
      session.child.kill('SIGKILL');
      const deadline = Date.now() + 20_000;
      while (isRunning(child) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50));
      expect(isRunning(child)).toBe(false);
    } finally {
      if (session.child.exitCode === null) session.child.kill('SIGKILL');
      for (const pid of sessionChildren) if (isRunning(pid)) process.kill(pid, 'SIGKILL');
    }
  });

  it('stops cleanly on SIGTERM to the process you started, and passes on its child\'s exit code', async () => {
    const session = new WatchProcess(['--input', docs, '--out', join(scratch, 'out-term'), '--no-cache']);
    await session.waitFor(/Watching/);
    session.child.kill('SIGTERM');
    expect(await session.exited()).toBe(0);
    expect(session.stdout).toMatch(/stopped watching\.\n$/);

    // A usage error the child reports exits 2 through the launcher, as without a child.
    const refused = new WatchProcess(['--input', docs, '--check']);
    expect(await refused.exited()).toBe(2);
    expect(refused.stderr).toMatch(/--watch and --check do not go together/);
  });
});
