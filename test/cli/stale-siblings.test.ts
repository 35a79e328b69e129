import { mkdirSync, mkdtempSync, readdirSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cleanStaleSiblings, isProcessAlive } from '../../generator/cli/stale-siblings.js';
import { runInProcess } from './run-in-process.js';

const LIVE = 1000;
const isAlive = (pid: number): boolean => pid === LIVE;

/** A folder holding `pkg` (unless `withOut` is false) and the given siblings, each a folder with a `mark` file naming itself. */
function layout(siblings: readonly string[], withOut = true): string {
  const dir = mkdtempSync(join(tmpdir(), 'md2ts-stale-'));
  for (const [i, name] of [...(withOut ? ['pkg'] : []), ...siblings].entries()) {
    mkdirSync(join(dir, name));
    writeFileSync(join(dir, name, 'mark'), name);
    utimesSync(join(dir, name), 1_000_000 + i, 1_000_000 + i);
  }
  return dir;
}

describe('cleanStaleSiblings', () => {
  const table: [string, { siblings: string[]; withOut?: boolean; want: string[]; pkgFrom?: string }][] = [
    ['a dead run’s staging folder is removed', { siblings: ['pkg.md2ts-tmp-7'], want: ['pkg'] }],
    ['a live run’s folders are left alone', { siblings: [`pkg.md2ts-tmp-${LIVE}`, `pkg.md2ts-old-${LIVE}`], want: ['pkg', `pkg.md2ts-old-${LIVE}`, `pkg.md2ts-tmp-${LIVE}`] }],
    ['this process’s own are left alone', { siblings: [`pkg.md2ts-tmp-${process.pid}`], want: ['pkg', `pkg.md2ts-tmp-${process.pid}`] }],
    ['a dead run’s previous package is removed when the out dir is there', { siblings: ['pkg.md2ts-old-7'], want: ['pkg'], pkgFrom: 'pkg' }],
    ['killed between the renames: the previous package is moved back', { siblings: ['pkg.md2ts-tmp-7', 'pkg.md2ts-old-7'], withOut: false, want: ['pkg'], pkgFrom: 'pkg.md2ts-old-7' }],
    ['of several, the newest previous package is moved back', { siblings: ['pkg.md2ts-old-7', 'pkg.md2ts-old-8'], withOut: false, want: ['pkg'], pkgFrom: 'pkg.md2ts-old-8' }],
    ['other folders are not touched', { siblings: ['pkg2.md2ts-tmp-7', 'pkg.md2ts-tmp-x', 'pkg.backup', 'xpkg.md2ts-tmp-7'], want: ['pkg', 'pkg.backup', 'pkg.md2ts-tmp-x', 'pkg2.md2ts-tmp-7', 'xpkg.md2ts-tmp-7'] }],
  ];
  it.each(table)('%s', async (_name, { siblings, withOut, want, pkgFrom }) => {
    const dir = layout(siblings, withOut);
    await cleanStaleSiblings(join(dir, 'pkg'), isAlive);
    expect(readdirSync(dir).sort()).toEqual(want);
    if (pkgFrom !== undefined) expect(readFileSync(join(dir, 'pkg', 'mark'), 'utf8')).toBe(pkgFrom);
  });

  it('says what it did', async () => {
    const dir = layout(['pkg.md2ts-tmp-7', 'pkg.md2ts-old-7'], false);
    expect(await cleanStaleSiblings(join(dir, 'pkg'), isAlive)).toEqual([
      `restored ${join(dir, 'pkg')} from pkg.md2ts-old-7, left by a run that was stopped mid-swap`,
      `removed ${join(dir, 'pkg.md2ts-tmp-7')}, left by a run that was stopped (process 7 is gone)`,
    ]);
  });

  it('tells live processes from gone ones', () => {
    expect(isProcessAlive(process.pid)).toBe(true);
    expect(isProcessAlive(2 ** 22 + 12345)).toBe(false);
  });
});

describe('--out with a trailing slash', () => {
  it('stages beside the out dir, not inside it, and replaces it on the next run', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'md2ts-slash-'));
    const out = `${join(dir, 'pkg')}/`;
    expect((await runInProcess(['generate', '--out', out, '--quiet'])).status).toBe(0);
    expect((await runInProcess(['generate', '--out', out, '--quiet'])).status).toBe(0);
    expect(readdirSync(dir)).toEqual(['pkg']);
    expect(readdirSync(join(dir, 'pkg'))).not.toContain(expect.stringMatching(/md2ts-(tmp|old)/));
  });
});
