import type { Root, Table } from 'mdast';
import { describe, expect, it } from 'vitest';
import { parseMarkdown } from '../../../generator/parse/markdown.js';
import { skippedPropertyRows } from '../../../generator/parse/properties-table.js';
import { readTable } from '../../../generator/parse/tables.js';

function firstTable(markdown: string): Table {
  const tree: Root = parseMarkdown(markdown);
  const table = tree.children.find((node): node is Table => node.type === 'table');
  if (!table) throw new Error('no table');
  return table;
}

const HEADER = '|Property|Type|Description|\n|:---|:---|:---|\n';
const cases: [string, { rows: string; want: [number, string][] }][] = [
  ['complete rows, extra cells and a missing description are read', { rows: '|a|String|x|\n|b|Int32|\n|c|String|y|z|\n', want: [] }],
  ['a row cut after its name', { rows: '|a|String|x|\n|size|\n', want: [[4, '"size" has no Type cell']] }],
  ['a row with no name', { rows: '||Int32|orphan|\n', want: [[3, 'it has no name']] }],
  ['a name that is a sentence', { rows: '|the rest of a wrapped line)|String||\n', want: [[3, '"the rest of a wrapped line)" is not a property name']] }],
  ['an empty row is layout, not a mistake', { rows: '||||\n|a|String|x|\n', want: [] }],
];

describe('skippedPropertyRows: rows of a properties table that describe no property, with why', () => {
  it.each(cases)('%s', (_name, { rows, want }) => {
    const skipped = skippedPropertyRows(readTable('page.md', firstTable(HEADER + rows)));
    expect(skipped.map((s) => [s.place.line, s.reason])).toEqual(want);
  });
});
