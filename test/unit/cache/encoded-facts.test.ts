import { serialize } from 'node:v8';
import { describe, expect, it } from 'vitest';
import { decodeFacts, encodeFacts, isEncodedFacts } from '../../../generator/cache/generate-caches.js';
import { parsePageSafely } from '../../../generator/parallel/parse-page-safely.js';
import { readSeedPages } from '../../support/seeds.js';

describe('encodeFacts / decodeFacts', () => {
  const facts = readSeedPages().map((page) => parsePageSafely(page));

  it.each(facts.map((f) => [f.file, f] as const))('gives back the facts of %s', (_file, f) => {
    expect(decodeFacts(encodeFacts(f))).toEqual(f);
  });

  it('is compressed, and owns its whole buffer (a view is posted and cached with all of its buffer)', () => {
    for (const f of facts) {
      const encoded = encodeFacts(f);
      expect(isEncodedFacts(encoded)).toBe(true);
      expect(encoded.byteLength).toBeLessThan(serialize(f).byteLength / 2);
      expect(encoded.buffer.byteLength).toBe(encoded.byteLength);
    }
  });
});
