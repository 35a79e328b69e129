import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { encodeFacts, isCompiledFile, isEncodedFacts } from '../../generator/cache/generate-caches.js';
import { savePack } from '../../generator/cache/pack-file.js';
import { openRunCache } from '../../generator/cache/run-cache.js';
import { parsePageSafely } from '../../generator/parallel/parse-page-safely.js';

const scratch = (): string => mkdtempSync(join(tmpdir(), 'md2ts-cache-'));
const facts = encodeFacts(parsePageSafely({ file: 'a.md', text: '# A\n' }));

describe('the run cache', () => {
  it('saves only the entries a run used, and reads them back in the next', async () => {
    const dir = scratch();
    const first = await openRunCache(dir, 'facts', 'v1', isEncodedFacts);
    first.set('a', facts);
    first.set('b', facts);
    await first.save();
    const second = await openRunCache(dir, 'facts', 'v1', isEncodedFacts);
    expect(second.get('a')).toEqual(facts);
    expect(second.stats).toEqual({ hits: 1, misses: 0 });
    await second.save();
    const third = await openRunCache(dir, 'facts', 'v1', isEncodedFacts);
    expect([third.get('a') !== undefined, third.get('b') !== undefined]).toEqual([true, false]);
  });

  it('never reads a pack of another code version, and deletes it when saving', async () => {
    const dir = scratch();
    await savePack(dir, 'facts', 'old', new Map([['a', facts]]));
    const cache = await openRunCache(dir, 'facts', 'new', isEncodedFacts);
    expect(cache.get('a')).toBeUndefined();
    cache.set('a', facts);
    await cache.save();
    expect(readdirSync(dir)).toEqual(['facts-new.bin']);
  });

  it.each([
    ['entries of another shape', async (dir: string) => savePack(dir, 'compiled', 'v1', new Map<string, unknown>([['a', { js: 'x' }], ['b', 'text']]))],
    ['a damaged pack', async (dir: string) => writeFileSync(join(dir, 'compiled-v1.bin'), 'not a pack')],
  ])('reads %s as misses, not as a crash', async (_name, damage) => {
    const dir = scratch();
    await damage(dir);
    const cache = await openRunCache(dir, 'compiled', 'v1', isCompiledFile);
    expect([cache.get('a'), cache.get('b')]).toEqual([undefined, undefined]);
  });
});
