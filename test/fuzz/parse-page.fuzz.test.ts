import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../generator/model/index.js';
import { parsePage } from '../../generator/parse/parse-page.js';
import { mutatedPage, randomMarkdown, seedTexts } from './markdown-arbitraries.js';

/** Every diagnostic names the page and a line and column on it. */
function expectPlaced(diagnostics: readonly Diagnostic[], file: string, text: string): void {
  const lines = text.split(/\r\n|\r|\n/).length;
  for (const d of diagnostics) {
    expect(d.place.file).toBe(file);
    expect(d.place.line).toBeGreaterThanOrEqual(1);
    expect(d.place.line).toBeLessThanOrEqual(lines + 1);
    expect(d.place.column).toBeGreaterThanOrEqual(1);
    for (const related of d.related) expect(related.place.line).toBeGreaterThanOrEqual(1);
  }
}

// Bounded: a few seconds each, whatever the machine (fast-check stops at the time limit and keeps the verdict so far).
const RUNS = { numRuns: 200, interruptAfterTimeLimit: 20_000 } as const;

describe('parsePage on hostile Markdown', () => {
  it('never throws on mutated seed pages, and places every diagnostic on the page', () => {
    fc.assert(
      fc.property(mutatedPage(seedTexts()), (text) => {
        expectPlaced(parsePage('fuzz/page.md', text).diagnostics, 'fuzz/page.md', text);
      }),
      RUNS,
    );
  });

  it('never throws on random Markdown made of doc pieces and noise', () => {
    fc.assert(
      fc.property(randomMarkdown, (text) => {
        expectPlaced(parsePage('random.md', text).diagnostics, 'random.md', text);
      }),
      RUNS,
    );
  });
});
