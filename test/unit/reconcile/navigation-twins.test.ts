import { describe, expect, it } from 'vitest';
import type { ApiModel } from '../../../generator/model/index.js';
import { parsePage } from '../../../generator/parse/parse-page.js';
import { buildModel } from '../../../generator/reconcile/build-model.js';

/** A resource page with `name|Type` rows (types linked when they name a type). */
function resource(name: string, rows: string[]): [string, string] {
  const table = rows.map((row) => `|${row}|Description.|`).join('\n');
  return [`resources/${name.toLowerCase()}.md`, `# ${name} resource type\n\nNamespace: microsoft.graph\n\n## Properties\n\n|Property|Type|Description|\n|:--|:--|:--|\n${table}\n`];
}

/** An API page: request lines, the response's type, and request examples. */
function api(file: string, lines: string[], response: string, examples: string[]): [string, string] {
  const blocks = examples.map((line) => `### Request\n\n<!-- { "blockType": "request", "name": "x" } -->\n\`\`\`http\n${line}\n\`\`\`\n`).join('\n');
  return [
    `api/${file}.md`,
    `# ${file}\n\nNamespace: microsoft.graph\n\n## HTTP request\n\`\`\`http\n${lines.join('\n')}\n\`\`\`\n\n## Response\n\nIf successful, this method returns a \`200 OK\` response code and ${response} in the response body.\n\n## Example\n\n${blocks}`,
  ];
}

const PAGES: [string, string][] = [
  resource('user', ['id|String', 'drive|[drive](drive.md)', 'events|[event](event.md) collection', 'messages|[message](message.md) collection']),
  resource('drive', ['id|String', 'root|[driveItem](driveitem.md)', 'items|[driveItem](driveitem.md) collection']),
  resource('driveItem', ['id|String', 'name|String']),
  resource('event', ['id|String']),
  resource('message', ['id|String']),
  api('user-get', ['GET /me', 'GET /users/{id}'], 'a [user](../resources/user.md) object', []),
];

const model = (pages: [string, string][]): ApiModel => buildModel([...PAGES, ...pages].map(([file, text]) => parsePage(file, text)));

/** Each request example of the page as `METHOD path → the operation it illustrates`. */
const illustrated = (m: ApiModel, file: string): string[] =>
  m.examples.filter((e) => e.place.file === `api/${file}.md` && e.role === 'request').map((e) => `${e.request?.method ?? ''} ${e.request?.path ?? ''} → ${e.operationId ?? 'none'}`);

describe('navigation twins: an example reaching the operation’s type by another documented path', () => {
  const cases: [string, [string, string], string[]][] = [
    [
      "the drive's root is a driveItem as its items are (driveitem-list-children.md)",
      api('driveitem-list-children', ['GET /me/drive/items/{item-id}/children', 'GET /drives/{drive-id}/items/{item-id}/children'], 'a collection of [driveItem](../resources/driveitem.md) objects', ['GET /me/drive/root/children']),
      ['GET /me/drive/root/children → GET /me/drive/root/children'],
    ],
    [
      'the whole path, when it addresses the same type (driveitem-get.md)',
      api('driveitem-get', ['GET /drives/{drive-id}/items/{item-id}', 'GET /me/drive/items/{item-id}'], 'a [driveItem](../resources/driveitem.md) object', ['GET /me/drive/root']),
      ['GET /me/drive/root → GET /me/drive/root'],
    ],
    [
      "another type's path is another operation (eventmessage-post-attachments.md)",
      api('message-list-attachments', ['GET /me/messages/{id}/attachments'], 'a collection of [driveItem](../resources/driveitem.md) objects', ['GET /me/events/{id}/attachments']),
      ['GET /me/events/{id}/attachments → GET /me/messages/{id}/attachments'],
    ],
    [
      'an example value no relationship types stays undocumented',
      api('drive-item-children', ['GET /me/drive/items/{item-id}/children'], 'a collection of [driveItem](../resources/driveitem.md) objects', ['GET /me/drive/contoso/children']),
      ['GET /me/drive/contoso/children → GET /me/drive/items/{item-id}/children'],
    ],
  ];
  it.each(cases)('%s', (_name, page, want) => {
    const m = model([page]);
    expect(illustrated(m, page[0].replace(/^api\/|\.md$/g, ''))).toEqual(want);
  });

  it('gives the twin the documented operation’s response, and reports no undocumented path', () => {
    const page = api('driveitem-get', ['GET /drives/{drive-id}/items/{item-id}', 'GET /me/drive/items/{item-id}'], 'a [driveItem](../resources/driveitem.md) object', ['GET /me/drive/root']);
    const m = model([page]);
    expect(m.operations.find((o) => o.id === 'GET /me/drive/root')?.response).toEqual({ status: 200, body: { kind: 'object', id: 'microsoft.graph.driveItem' } });
    expect(m.diagnostics.filter((d) => d.code === 'example-path-undocumented')).toEqual([]);
  });
});
