import { describe, expect, it } from 'vitest';
import type { ApiModel, TypeRef } from '../../../generator/model/index.js';
import { parsePage } from '../../../generator/parse/parse-page.js';
import { buildModel } from '../../../generator/reconcile/build-model.js';
import type { PathFact } from '../../../generator/reconcile/path-properties.js';
import { typeAtUrlPath } from '../../../generator/reconcile/url-placements.js';

const place = { file: 'x.md', line: 1, column: 1 };
const object = (id: string): TypeRef => ({ kind: 'object', id });
const list = (id: string): TypeRef => ({ kind: 'collection', of: object(id) });
const fact = (segments: string[], body: TypeRef): [string, PathFact] => [segments.join('/').toLowerCase(), { segments, body, place }];

describe('typeAtUrlPath: what a concrete URL path addresses', () => {
  // GET /communications/calls/{id} returns a call; a call's `operations` are commsOperations.
  const facts = new Map([fact(['communications'], object('cloudCommunications')), fact(['communications', 'calls', '{}'], object('call')), fact(['users'], list('user'))]);
  const properties: Record<string, Record<string, TypeRef>> = { cloudCommunications: { calls: list('call') }, call: { operations: list('commsOperation') }, user: { messages: list('message') } };
  const propertyOf = (owner: string, name: string): TypeRef | undefined => properties[owner]?.[name];
  const cases: [string, string, TypeRef | undefined][] = [
    ['an item by key, then a property (call-playprompt.md’s Location)', '/communications/calls/57dab8b1/operations/0fe0623f', object('commsOperation')],
    ['a collection property', '/communications/calls/57dab8b1/operations', list('commsOperation')],
    ['keys in parentheses, quoted and encoded', "/users('a%40contoso.com')/messages('AAMk=')", object('message')],
    ['a bare key after a listed root', '/users/alexd@contoso.com', object('user')],
    ['a function call places nothing', "/users('a')/messages/delta()", undefined],
    ['an unknown property places nothing', '/communications/calls/57dab8b1/participants/1', undefined],
  ];
  it.each(cases)('%s', (_name, path, want) => {
    expect(typeAtUrlPath(path, facts, propertyOf)).toEqual(want);
  });
});

const resource = (name: string, rows: string[]): [string, string] => [
  `resources/${name.toLowerCase()}.md`,
  `# ${name} resource type\n\nNamespace: microsoft.graph\n\n## Properties\n\n|Property|Type|Description|\n|:--|:--|:--|\n${rows.map((row) => `|${row}|Description.|`).join('\n')}\n`,
];
const getCall: [string, string] = [
  'api/call-get.md',
  '# Get call\n\n## HTTP request\n```http\nGET /communications/calls/{id}\n```\n\n## Response\n\nIf successful, this method returns a `200 OK` response code and a [call](../resources/call.md) object in the response body.\n',
];
/** An action page whose response example is the operation object, at the URL its `Location` header gives. */
const action = (location: string, body: string): [string, string] => [
  'api/call-playprompt.md',
  `# call: playPrompt\n\n## HTTP request\n\`\`\`http\nPOST /communications/calls/{id}/playPrompt\n\`\`\`\n\n## Response\n\nIf successful, this method returns a \`200 OK\` response code and a [playPromptOperation](../resources/playpromptoperation.md) object in the response body.\n\n## Example\n\n### Request\n\`\`\`http\nPOST https://graph.microsoft.com/v1.0/communications/calls/57dab8b1/playPrompt\n\`\`\`\n\n### Response\n\`\`\`http\nHTTP/1.1 200 OK\nLocation: ${location}\nContent-Type: application/json\n\n${body}\n\`\`\`\n`,
];
const pages = (extra: [string, string]): [string, string][] => [
  resource('entity', ['id|String']),
  resource('call', ['id|String', 'operations|[commsOperation](commsoperation.md) collection']),
  resource('commsOperation', ['id|String', 'status|String']),
  resource('playPromptOperation', ['id|String', 'status|String']),
  getCall,
  extra,
];
const baseOf = (model: ApiModel, name: string): string | undefined => model.objects.find((o) => o.name === name)?.base;
const build = (list: [string, string][]): ApiModel => buildModel(list.map(([file, text]) => parsePage(file, text)));

describe('an object’s URL places it where items of a type live, so it derives from that type', () => {
  const typed = '{ "@odata.type": "#microsoft.graph.playPromptOperation", "id": "0fe0623f", "status": "running" }';
  const cases: [string, [string, string], string | undefined][] = [
    ['the Location header of a response typed by @odata.type', action('https://graph.microsoft.com/v1.0/communications/calls/57dab8b1/operations/0fe0623f', typed), 'microsoft.graph.commsOperation'],
    ['a Location on another host places nothing', action('https://bot.contoso.com/communications/calls/57dab8b1/operations/0fe0623f', typed), undefined],
    ['an @odata.id in the body', action('https://graph.microsoft.com/v1.0/other', '{ "@odata.type": "#microsoft.graph.playPromptOperation", "@odata.id": "/communications/calls/57dab8b1/operations/0fe0623f" }'), 'microsoft.graph.commsOperation'],
    ['a body without @odata.type places nothing', action('https://graph.microsoft.com/v1.0/communications/calls/57dab8b1/operations/0fe0623f', '{ "id": "0fe0623f" }'), undefined],
  ];
  it.each(cases)('%s', (_name, page, want) => {
    expect(baseOf(build(pages(page)), 'playPromptOperation')).toBe(want);
  });
});
