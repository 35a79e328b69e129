import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../generator/model/index.js';
import { diagnostic } from '../../generator/model/index.js';
import { failsOn } from '../../generator/report/fail-on.js';
import type { FailOn } from '../../generator/report/fail-on.js';
import { renderDiagnosticLines, renderTextReport } from '../../generator/report/text.js';

const place = (file: string, line: number, column = 1) => ({ file, line, column });
const info = diagnostic('undocumented-type', place('b.md', 12, 3), { name: 'microsoft.graph.entity' });
const warning = diagnostic('json-parse-error', place('a.md', 7), { reason: 'CommaExpected' }, [{ place: place('b.md', 2), message: 'the same example' }]);
const error = diagnostic('input-binary', place('c.md', 1), {});

describe('the text report (--report FILE --format text)', () => {
  it('groups by file (sorted), aligns line:col severity code message, indents related places, and ends with the summary', () => {
    expect(renderTextReport([info, error, warning]).split('\n')).toEqual([
      'a.md (0 errors, 1 warning, 0 info)',
      '  7:1  warning  json-parse-error  JSON example is not valid JSON: CommaExpected',
      '         see b.md:2:1: the same example',
      '',
      'b.md (0 errors, 0 warnings, 1 info)',
      '  12:3  info  undocumented-type  type microsoft.graph.entity is referenced but never described on any page',
      '',
      'c.md (1 error, 0 warnings, 0 info)',
      '  1:1  error  input-binary  file holds NUL bytes, so it is binary (or UTF-16), not UTF-8 Markdown: skipped',
      '',
      '3 files with diagnostics: 1 error, 1 warning, 1 info',
      '',
    ]);
  });

  it('says so when there is nothing', () => {
    expect(renderTextReport([])).toBe('0 files with diagnostics: 0 errors, 0 warnings, 0 info\n');
  });
});

describe('stderr lines', () => {
  it('keep the file:line:col severity code message form, related places indented', () => {
    expect(renderDiagnosticLines([warning])).toEqual(['a.md:7:1 warning json-parse-error JSON example is not valid JSON: CommaExpected', '    b.md:2:1: the same example']);
  });
});

describe('--fail-on', () => {
  const table: [string, { diagnostics: Diagnostic[]; level: FailOn | undefined; want: boolean }][] = [
    ['not given', { diagnostics: [error], level: undefined, want: false }],
    ['warning, with a warning', { diagnostics: [info, warning], level: 'warning', want: true }],
    ['warning, with an error', { diagnostics: [error], level: 'warning', want: true }],
    ['warning, with info only', { diagnostics: [info], level: 'warning', want: false }],
    ['error, with a warning', { diagnostics: [warning], level: 'error', want: false }],
    ['error, with an error', { diagnostics: [info, error], level: 'error', want: true }],
    ['error, with nothing', { diagnostics: [], level: 'error', want: false }],
  ];
  it.each(table)('%s', (_name, { diagnostics, level, want }) => {
    expect(failsOn(diagnostics, level)).toBe(want);
  });
});
