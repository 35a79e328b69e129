import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { userSetHeapGrowth } from '../../../generator/parallel/heap-growth.js';

describe('userSetHeapGrowth', () => {
  it.each([
    [['--heap-growing-percent=40'], true],
    [['--heap_growing_percent=40'], true],
    [['--max-semi-space-size=8', '--import', 'tsx'], false],
    [[], false],
  ])('flags %j: %s', (execArgv, set) => {
    expect(userSetHeapGrowth(execArgv)).toBe(set);
  });
});

describe('limitHeapGrowth', () => {
  const probe = fileURLToPath(new URL('./fixtures/heap-growth-probe.ts', import.meta.url));
  /**
   * MB the heap grew past what is live, in a fresh process (the flag is the process's) making the
   * same garbage. The old space is set, as V8 lets the heap grow less on its own below 2 GB, which
   * it picks from the machine's memory.
   */
  const growthMb = (mode: string, nodeFlags: string[] = []): number =>
    Number(execFileSync(process.execPath, [...nodeFlags, '--max-old-space-size=4096', '--expose-gc', '--import', 'tsx', probe, mode], { encoding: 'utf8', env: { ...process.env, NODE_OPTIONS: '' } }).split(' ')[0]);

  it('holds the heap close to what is live, until the default is put back; a flag the user gave stands', () => {
    const free = growthMb('free');
    expect(growthMb('limit')).toBeLessThan(free / 3);
    expect(growthMb('restored')).toBeGreaterThan(free / 2);
    expect(growthMb('limit', ['--heap-growing-percent=400'])).toBeGreaterThan(free / 2);
  }, 60_000);

  it('keeps holding while another hold is on: one run ending does not end another’s hold; the last one puts the default back', () => {
    const free = growthMb('free');
    expect(growthMb('overlapping')).toBeLessThan(free / 3);
    expect(growthMb('both-released')).toBeGreaterThan(free / 2);
  }, 60_000);
});
