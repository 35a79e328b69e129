import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Stream } from '../../generator/cli/console.js';
import { streamConsole } from '../../generator/cli/console.js';
import { runInProcess } from './run-in-process.js';

function fakeStream(isTTY: boolean): Stream & { text: string } {
  const stream = { isTTY, text: '', write: (chunk: string) => (stream.text += chunk) };
  return stream;
}

describe('the progress line', () => {
  it('reports pages parsed / total, then each stage after parsing, with the time taken, on a console that shows progress', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'md2ts-progress-')), 'pkg');
    // No cache, so both pages are parsed, one by one, on this thread (too few for workers): nothing to decode.
    const run = await runInProcess(['generate', '--out', out, '--quiet', '--no-cache'], true);
    expect(run.status).toBe(0);
    expect(run.progress.map((line) => line.replace(/, \d+\.\d s$/, ''))).toEqual([
      'parsed 1/2 pages',
      'parsed 2/2 pages',
      'parsed 2/2 pages; building the model',
      'parsed 2/2 pages; emitting',
      'parsed 2/2 pages; compiling',
      'parsed 2/2 pages; writing the package and checking the examples',
    ]);
    for (const line of run.progress) expect(line).toMatch(/, \d+\.\d s$/);
  });

  it('is not drawn where the console has no progress (CI, pipes)', async () => {
    const run = await runInProcess(['generate', '--check', '--quiet'], false);
    expect(run.progress).toEqual([]);
  });

  const table: [string, { isTTY: boolean; env: Record<string, string>; live: boolean }][] = [
    ['a terminal', { isTTY: true, env: {}, live: true }],
    ['a terminal in CI', { isTTY: true, env: { CI: 'true' }, live: false }],
    ['a pipe', { isTTY: false, env: {}, live: false }],
    ['a terminal with CI set empty', { isTTY: true, env: { CI: '' }, live: true }],
  ];
  it.each(table)('streamConsole on %s', (_name, { isTTY, env, live }) => {
    const stderr = fakeStream(isTTY);
    const stdout = fakeStream(false);
    const console = streamConsole(stdout, stderr, env);
    expect(console.progress !== undefined).toBe(live);
    console.progress?.('parsed 1/2 pages, 0.1 s');
    console.err('a.md:1:1 warning x y');
    console.progress?.('parsed 2/2 pages, 0.2 s');
    console.endProgress();
    console.out('done');
    expect(stdout.text).toBe('done\n');
    expect(stderr.text).toBe(live ? '\rparsed 1/2 pages, 0.1 s\u001b[K\r\u001b[Ka.md:1:1 warning x y\n\rparsed 2/2 pages, 0.2 s\u001b[K\r\u001b[K' : 'a.md:1:1 warning x y\n');
  });
});
