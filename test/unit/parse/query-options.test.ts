import { describe, expect, it } from 'vitest';
import { parsePage } from '../../../generator/parse/parse-page.js';

/** An API page with the given sections after its HTTP request block. */
function page(sections: string, request = 'GET /widgets'): string {
  return `# List widgets\n\n## HTTP request\n\`\`\`http\n${request}\n\`\`\`\n\n${sections}\n\n## Response\nIf successful, this method returns a \`200 OK\` response code and a collection of [widget](widget.md) objects in the response body.\n`;
}

const query = (sections: string, request?: string) => {
  const facts = parsePage('widget-list.md', page(sections, request)).operation?.query;
  return {
    options: facts?.options.map((o) => `${o.name}${o.type?.kind === 'primitive' ? `:${o.type.name}` : ''}${o.required === true ? '!' : ''}`),
    unsupported: facts?.unsupported,
    supportsOData: facts?.supportsOData,
    functionParameters: facts?.functionParameters.map((o) => o.name),
    pathParameters: facts?.pathParameters.map((o) => o.name),
  };
};

describe('query options of an API page', () => {
  it.each([
    [
      'named in prose (channel-list-tabs.md)',
      '## Optional query parameters\n\nThis method supports the $filter, $select, and `$expand` [OData query parameters](/graph/query-parameters) to help customize the response.',
      { options: ['$filter', '$select', '$expand'], unsupported: [], supportsOData: false },
    ],
    [
      'the OData query parameters, none named (calendar-get.md)',
      '## Optional query parameters\nThis method supports the [OData Query Parameters](/graph/query-parameters) to help customize the response.',
      { options: [], unsupported: [], supportsOData: true },
    ],
    [
      'bullets, and one taken away (alert-list.md)',
      '## Optional query parameters\n\nThis method supports the following query parameters:\n\n- `$count`\n- `$top` - Returns the aggregated top results.\n- `$filter`\n\n`$skip` is not supported.',
      { options: ['$count', '$top', '$filter'], unsupported: ['$skip'], supportsOData: false },
    ],
    [
      'support narrowed, not taken away',
      '## Optional query parameters\n\nThis method supports `$filter`. `$orderby` is not supported on the **name** property.',
      { options: ['$filter'], unsupported: [], supportsOData: false },
    ],
    [
      'a Name/Value/Description table (contact-get.md)',
      '## Optional query parameters\n|Name|Value|Description|\n|:---|:---|:---|\n|$expand|string|Comma-separated list of relationships.|\n|$select|string|Comma-separated list of properties.|',
      { options: ['$expand:String', '$select:String'], unsupported: [], supportsOData: false },
    ],
    [
      'a table of custom parameters, required ones marked (calendar-list-calendarview.md)',
      '## Query parameters\n\n| Parameter | Type | Description |\n|:--|:--|:--|\n| startDateTime | String | The start. Required. |\n| top | Int32 | How many. |',
      { options: ['startDateTime:String!', 'top:Int32'], unsupported: [], supportsOData: false },
    ],
    [
      'linked names in a table (directoryaudit-list.md)',
      '## Optional query parameters\n\n| Parameter | Description | Example |\n|:--|:--|:--|\n| [\\$filter](/graph/query_parameters#filter-parameter) | Filters results. | `/x?$filter=a` |\n| [\\$top](/graph/query_parameters#top-parameter) | Page size. | `/x?$top=1` |',
      { options: ['$filter', '$top'], unsupported: [], supportsOData: false },
    ],
    [
      'a request headers section nested under the query chapter is not read as options (driveitem-list-children.md)',
      '## Optional query parameters\n\nThis method supports the `$top` query parameter.\n\n### Optional request headers\n\n| Name | Value | Description |\n|:--|:--|:--|\n| if-none-match | etag | A tag. |',
      { options: ['$top'], unsupported: [], supportsOData: false },
    ],
    [
      'a table of something else is not options',
      '## Optional query parameters\n\n| OData cast | Properties supporting $orderBy |\n|:--|:--|\n| microsoft.graph.user | displayName |',
      { options: [], unsupported: [], supportsOData: false },
    ],
  ])('%s', (_name, sections, want) => {
    expect(query(sections)).toMatchObject(want);
  });

  it.each([
    ['## Function parameters\n\n| Parameter | Type | Description |\n|:--|:--|:--|\n| q | string | The query text. |', { functionParameters: ['q'], pathParameters: [] }],
    ['## Path parameters\n| Parameter | Type | Description |\n|:--|:--|:--|\n| row | Int32 | Row number. |\n| column | Int32 | Column number. |', { functionParameters: [], pathParameters: ['row', 'column'] }],
  ])('function and path parameter tables: %s', (sections, want) => {
    expect(query(sections)).toMatchObject({ options: [], ...want });
  });
});
