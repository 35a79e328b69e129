import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadTemplates } from '../../generator/emit/render/templates.js';
import { generate } from '../../generator/pipeline.js';
import { syntaxErrors } from '../hostile/emitted-code.js';
import { DEFAULT_OPTIONS } from '../support/seeds.js';
import { mutatedPage, randomMarkdown, seedTexts } from './markdown-arbitraries.js';

const render = loadTemplates();
const page = fc.oneof({ weight: 3, arbitrary: mutatedPage(seedTexts()) }, { weight: 1, arbitrary: randomMarkdown });

// Each run emits and compiles a whole package (a few hundred ms): fewer runs, the same time box.
const RUNS = { numRuns: 40, interruptAfterTimeLimit: 40_000 } as const;

describe('the whole pipeline on hostile Markdown', () => {
  it('never throws, places every diagnostic on an input page, and emits only code that parses', () => {
    fc.assert(
      fc.property(fc.array(page, { minLength: 1, maxLength: 3 }), (texts) => {
        const pages = texts.map((text, i) => ({ file: `dir/page-${i}.md`, text }));
        const result = generate(pages, render, DEFAULT_OPTIONS);
        for (const d of result.diagnostics) {
          // The pipeline turns a parser exception into a diagnostic so one page cannot sink a run; here it is a bug all the same.
          expect(d.message).not.toContain('md2ts could not parse it');
          expect(pages.map((p) => p.file)).toContain(d.place.file);
          expect(d.place.line).toBeGreaterThanOrEqual(1);
          expect(d.place.column).toBeGreaterThanOrEqual(1);
        }
        expect(syntaxErrors(result.files)).toEqual([]);
      }),
      RUNS,
    );
  });
});
