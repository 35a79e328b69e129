import type { Html } from 'mdast';
import { describe, expect, it } from 'vitest';
import { readAnnotation } from '../../../generator/parse/annotation.js';

const html = (value: string): Html => ({ type: 'html', value, position: { start: { line: 3, column: 1 }, end: { line: 3, column: 1 } } });

describe('readAnnotation', () => {
  const cases: [string, string, Record<string, unknown> | undefined, string[]][] = [
    ['strict JSON', '<!-- { "blockType": "resource", "@odata.type": "microsoft.graph.x" } -->', { blockType: 'resource', '@odata.type': 'microsoft.graph.x' }, []],
    [
      'a trailing comma is reported but read (itemactivitystat.md)',
      '<!-- { "blockType": "resource", "baseType": "microsoft.graph.entity", "@type": "microsoft.graph.itemActivityStat", } -->',
      { blockType: 'resource', baseType: 'microsoft.graph.entity', '@type': 'microsoft.graph.itemActivityStat', '@odata.type': 'microsoft.graph.itemActivityStat' },
      ['annotation-parse-error'],
    ],
    ['`@type` does not replace a stated `@odata.type`', '<!-- { "@type": "a.b", "@odata.type": "c.d" } -->', { '@type': 'a.b', '@odata.type': 'c.d' }, []],
    ['not an object', '<!-- { "blockType": [ -->', undefined, ['annotation-parse-error']],
    ['an HTML comment that is no annotation', '<!-- uuid: 16cd6b66 -->', undefined, []],
  ];
  it.each(cases)('%s', (_name, value, want, codes) => {
    const read = readAnnotation('resources/x.md', html(value));
    expect(read.annotation?.data).toEqual(want);
    expect(read.diagnostics.map((d) => d.code)).toEqual(codes);
  });
});
