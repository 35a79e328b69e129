import { describe, expect, it } from 'vitest';
import { contentKey } from '../../../generator/cache/code-version.js';
import { createKeyMemo } from '../../../generator/cache/key-memo.js';

/** contentKey, counting its calls. */
function countingKey(): { keyOf: (path: string, text: string) => string; calls: string[] } {
  const calls: string[] = [];
  return { calls, keyOf: (path, text) => (calls.push(path), contentKey(path, text)) };
}

describe('createKeyMemo', () => {
  it('gives what hashing gives, hashing a path again only when its text changed', () => {
    const memo = createKeyMemo();
    const hash = countingKey();
    expect(memo.keyOf('a.md', 'one', hash.keyOf)).toBe(contentKey('a.md', 'one'));
    expect(memo.keyOf('b.md', 'two', hash.keyOf)).toBe(contentKey('b.md', 'two'));
    memo.prune();
    // The same text as a different string object (an emitted file is rebuilt every run).
    expect(memo.keyOf('a.md', ['o', 'n', 'e'].join(''), hash.keyOf)).toBe(contentKey('a.md', 'one'));
    expect(memo.keyOf('b.md', 'two, edited', hash.keyOf)).toBe(contentKey('b.md', 'two, edited'));
    expect(hash.calls).toEqual(['a.md', 'b.md', 'b.md']);
  });

  it('keeps the keys of two key functions apart, even for one path', () => {
    const memo = createKeyMemo();
    const salted = (path: string, text: string): string => contentKey('salt', path, text);
    expect(memo.keyOf('a', 'same', contentKey)).toBe(contentKey('a', 'same'));
    expect(memo.keyOf('a', 'same', salted)).toBe(salted('a', 'same'));
    expect(memo.keyOf('a', 'same', contentKey)).toBe(contentKey('a', 'same'));
  });

  it('forgets paths not asked for between two prunes', () => {
    const memo = createKeyMemo();
    const hash = countingKey();
    memo.keyOf('gone.md', 'text', hash.keyOf);
    memo.prune();
    memo.prune();
    memo.keyOf('gone.md', 'text', hash.keyOf);
    expect(hash.calls).toEqual(['gone.md', 'gone.md']);
  });
});
