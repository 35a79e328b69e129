import { describe, expect, it } from 'vitest';
import { parsePage } from '../../../generator/parse/parse-page.js';

const page = (rows: string[]): string => `# printerCapabilities resource type\n\n## Properties\n\n### mediaSizes values\n\n|Value|\n|:---|\n${rows.map((r) => `|${r}|`).join('\n')}\n`;

describe('values tables: an enum, or the values of an open string', () => {
  const cases: [string, string[], string[] | undefined][] = [
    ['identifiers are members', ['A3', 'A4', 'Photo'], ['A3', 'A4', 'Photo']],
    ['backticked members', ['`text`', '`html`'], ['text', 'html']],
    ['entries with spaces make an open string (printercapabilities.md)', ['A4', 'JIS B4', 'North America Letter'], undefined],
    ['an empty row is layout', ['low', '', 'high'], ['low', 'high']],
  ];
  it.each(cases)('%s', (_name, rows, members) => {
    const facts = parsePage('resources/printercapabilities.md', page(rows));
    expect(facts.enums.find((e) => e.name.name === 'mediaSizes')?.members.map((m) => m.name)).toEqual(members);
  });
});
