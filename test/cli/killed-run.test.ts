import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, rmSync, watch } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLI_FROM_SOURCES } from '../support/run-cli.js';
import { writeLargeInput } from './large-input.js';
import { runInProcess } from './run-in-process.js';

/** Every file below a dir with a hash of its bytes: two equal results mean byte-identical trees. */
function treeHashes(dir: string): Record<string, string> {
  const hashes: Record<string, string> = {};
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    hashes[relative(dir, path)] = createHash('sha256').update(readFileSync(path)).digest('hex');
  }
  return hashes;
}

/**
 * Starts `md2ts generate` as a child process and SIGKILLs it the moment its staging folder
 * appears beside the out dir, i.e. while it is writing the new package.
 */
function runAndKillWhileWriting(parent: string, args: readonly string[]): Promise<{ pid: number; signal: NodeJS.Signals | null; code: number | null }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI_FROM_SOURCES, ...args], { stdio: 'ignore', env: { ...process.env, CI: 'true' } });
    const watcher = watch(parent, (_event, name) => {
      if (name !== null && name.includes('.md2ts-tmp-')) child.kill('SIGKILL');
    });
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      watcher.close();
      resolve({ pid: child.pid ?? -1, signal, code });
    });
  });
}

describe('a run killed part-way', () => {
  it('leaves the previous package byte for byte, and its leftovers are cleaned by the next run', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'md2ts-kill-'));
    const input = join(dir, 'docs');
    const out = join(dir, 'pkg');
    // Large enough that writing the package (now a few big modules, not thousands of files) outlasts the kill.
    writeLargeInput(input, 200);
    expect((await runInProcess(['generate', '--input', input, '--out', out, '--quiet'])).status).toBe(0);
    const before = treeHashes(out);

    // Change the docs, so a run that got through would change the package.
    for (const file of readdirSync(input).filter((f) => /^copy[0-9]*[02468]-/.test(f))) rmSync(join(input, file));
    const killed = await runAndKillWhileWriting(dir, ['generate', '--input', input, '--out', out, '--quiet']);
    expect(killed.signal, 'the run finished before it could be killed: make the input larger').toBe('SIGKILL');

    expect(treeHashes(out)).toEqual(before);
    // The one half-state left: the killed run's staging folder, for the next run to remove.
    expect(readdirSync(dir).filter((name) => name.startsWith('pkg.'))).toEqual([`pkg.md2ts-tmp-${killed.pid}`]);

    const next = await runInProcess(['generate', '--input', input, '--out', out, '--quiet']);
    expect(next.status).toBe(0);
    expect(next.stderr).toContain(`pkg.md2ts-tmp-${killed.pid}, left by a run that was stopped (process ${killed.pid} is gone)`);
    expect(readdirSync(dir).filter((name) => name.startsWith('pkg.'))).toEqual([]);
    expect(treeHashes(out)).not.toEqual(before);
  });
});
