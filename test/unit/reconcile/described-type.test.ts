import { describe, expect, it } from 'vitest';
import { parsePage } from '../../../generator/parse/parse-page.js';
import { buildModel } from '../../../generator/reconcile/build-model.js';

const table = '## Properties\n|Property|Type|Description|\n|:--|:--|:--|\n|size|Int64|The size.|\n';

describe('the type a resource page describes', () => {
  it.each([
    ['the title "x resource type"', '# widget resource type\n\n' + table, 'microsoft.graph.widget'],
    [
      "the JSON representation's @odata.type, over the title",
      '# Widget thing resource type\n\n' + table + '\n## JSON representation\n<!-- { "blockType": "resource", "@odata.type": "microsoft.graph.callRecords.widget" } -->\n```json\n{ "size": 1 }\n```\n',
      'microsoft.graph.callRecords.widget',
    ],
  ])('is named by %s', (_name, page, id) => {
    const model = buildModel([parsePage('widget.md', page)]);
    expect(model.objects.map((o) => [o.id, o.properties.map((p) => p.name)])).toEqual([[id, ['size']]]);
  });
});
