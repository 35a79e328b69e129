import { describe, expect, it } from 'vitest';
import { guardNesting, NESTING_LIMITS } from '../../../generator/parse/nesting-guard.js';

const cases: [string, { given: string; want: { text: string; lines: number[] } }][] = [
  ['a reference page is left alone', { given: '# x\n\n|a|b|\n|-|-|\n|[[x](y)](z)|`[`|\n  - item\n    > quote\n', want: { text: '# x\n\n|a|b|\n|-|-|\n|[[x](y)](z)|`[`|\n  - item\n    > quote\n', lines: [] } }],
  ['indentation just at the limit is kept', { given: `${' '.repeat(NESTING_LIMITS.indentColumns)}- x\n`, want: { text: `${' '.repeat(NESTING_LIMITS.indentColumns)}- x\n`, lines: [] } }],
  ['indentation past the limit is blanked, its line break kept', { given: `a\n${' '.repeat(NESTING_LIMITS.indentColumns + 1)}- x\nb`, want: { text: 'a\n\nb', lines: [2] } }],
  ['tabs count to the next tab stop of 4', { given: `${'\t'.repeat(65)}x\r\ny`, want: { text: '\r\ny', lines: [1] } }],
  ['list and quote markers on one line', { given: `ok\n${'> - '.repeat(17)}x\n`, want: { text: 'ok\n\n', lines: [2] } }],
  ['33 markers are too many, 32 are not', { given: `${'- '.repeat(32)}x\n${'- '.repeat(33)}x`, want: { text: `${'- '.repeat(32)}x\n`, lines: [2] } }],
  ['open brackets past the limit', { given: `x\r${'['.repeat(65)}y`, want: { text: 'x\r', lines: [2] } }],
  ['escaped brackets do not count', { given: `${'\\['.repeat(100)}y`, want: { text: `${'\\['.repeat(100)}y`, lines: [] } }],
];

describe('guardNesting: lines nested past the limits are blanked and reported', () => {
  it.each(cases)('%s', (_name, { given, want }) => {
    const guarded = guardNesting('page.md', given);
    expect(guarded.text).toBe(want.text);
    expect(guarded.diagnostics.map((d) => [d.code, d.place.file, d.place.line])).toEqual(want.lines.map((line) => ['input-too-nested', 'page.md', line]));
  });
});
