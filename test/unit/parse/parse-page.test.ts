import { describe, expect, it } from 'vitest';
import { parsePage } from '../../../generator/parse/parse-page.js';

const PAGE = `---
title: "x"
---
# [HTTP](#tab/http)
# Get widget

Namespace: microsoft.graph.widgets

## Permissions
|Permission type|Permissions (from most to least privileged)|
|:---|:---|
|Delegated (work or school account)|Widget.Read.All, Widget.ReadWrite.All|
|Application|Not supported.|

## HTTP request
\`\`\`http
GET /widgets/{id}
GET /me/widgets/{id}
\`\`\`

## Response
If successful, this method returns a \`200 OK\` response code and a [widget](widget.md) object in the response body.
`;

describe('parsePage', () => {
  it('reads title (not the tab marker), namespace, permissions, request lines and response', () => {
    const facts = parsePage('widget-get.md', PAGE);
    expect(facts.title).toBe('Get widget');
    expect(facts.namespace).toBe('microsoft.graph.widgets');
    expect(facts.operation?.requests.map((r) => `${r.method} ${r.path} @${r.place.line}`)).toEqual(['GET /widgets/{id} @17', 'GET /me/widgets/{id} @18']);
    expect(facts.operation?.permissions.map((p) => [p.scheme, p.scopes, p.notSupported])).toEqual([
      ['delegated-work', ['Widget.Read.All', 'Widget.ReadWrite.All'], false],
      ['application', [], true],
    ]);
    expect(facts.operation?.response).toMatchObject({ status: 200, type: { kind: 'named', name: 'widget' } });
    expect(facts.diagnostics).toEqual([]);
  });

  it('survives pages that are not API reference at all', () => {
    for (const text of ['', '\u0000\u0001', '# only a title', '|a|\n|-|\n|b|', '```json\n{ "a": \n```', '<!-- { "blockType": -->']) {
      expect(() => parsePage('odd.md', text)).not.toThrow();
    }
  });
});

describe('inheritance prose', () => {
  it.each([
    ['This type inherits from [teamsAppInstallation](x.md).', 'teamsAppInstallation'],
    ['Represents a [teamsApp](a.md) in scope.\nThis type inherits from [teamsAppInstallation](b.md).', 'teamsAppInstallation'],
    ['Inherits from base class [policyBase](p.md).', 'policyBase'],
    ['Is a subclass of [identity](i.md).', 'identity'],
    ['Derived from deviceConfiguration.', 'deviceConfiguration'],
    ['The value is inherited from an ancestor.', undefined],
  ])('%s', (sentence, base) => {
    const facts = parsePage('x.md', `# x resource type\n\n${sentence}\n`);
    expect(facts.inheritsFrom.map((b) => b.name)).toEqual(base === undefined ? [] : [base]);
  });
});

describe('response sentences', () => {
  it.each([
    ['a bold name', 'If successful, this method returns a `200 OK` response code and an **alert** object in the response body.', 200, { kind: 'named', name: 'alert' }],
    ['a linked collection', 'If successful, this method returns a `200 OK` response code and a collection of [user](user.md) and/or [group](group.md) objects in the response body.', 200, { kind: 'collection', of: { kind: 'named', name: 'user' } }],
    ['"in the response body" after the link', 'If successful, this method returns a `200 OK` response code and a JSON representation of the [b2xIdentityUserFlow](x.md) in the response body.', 200, { kind: 'named', name: 'b2xIdentityUserFlow' }],
    ['no content', 'If successful, this method returns a `204 No Content` response code.', 204, undefined],
    ['"a list of" is a collection (appcatalogs-list-teamsapps.md)', 'If successful, this method returns a `200 OK` response code and a list of [teamsApp](x.md) objects in the response body.', 200, { kind: 'collection', of: { kind: 'named', name: 'teamsApp' } }],
    ['"a list of" names no type by itself (insights-list-used.md)', 'If successful, this method returns a `200 OK` response code and a list of [used](x.md) items in the response body.', 200, undefined],
  ])('%s', (_name, sentence, status, type) => {
    const facts = parsePage('p.md', `# Title\n\n## HTTP request\n\n\`\`\`http\nGET /x\n\`\`\`\n\n## Response\n\n${sentence}\n`);
    expect(facts.operation?.response?.status).toBe(status);
    if (type === undefined) expect(facts.operation?.response?.type).toBeUndefined();
    else expect(facts.operation?.response?.type).toMatchObject(type);
  });

  it('takes the type from a later sentence when the first names none (attachment-get.md)', () => {
    const facts = parsePage('p.md', '# T\n\n## HTTP request\n\n```http\nGET /x\n```\n\n## Response\n\nIf successful, this method returns a `200 OK` response code.\n\nThe response body includes an [attachment](a.md) object.\n');
    expect(facts.operation?.response).toMatchObject({ status: 200, type: { kind: 'named', name: 'attachment' } });
  });

  it.each([
    ['a page giving its line as a request block gives its other lines so too (drive-list.md)', true, ['/groups/{groupId}/drives', '/sites/{siteId}/drives']],
    ['a request block in the examples is only an example', false, ['/groups/{groupId}/drives']],
  ])('%s', (_name, variant, want) => {
    const request = (path: string): string => `<!-- { "blockType": "request", "name": "x" } -->\n\n\`\`\`msgraph-interactive\nGET ${path}\n\`\`\`\n`;
    const chapter = variant ? "## List a site's drives" : '## Example';
    const facts = parsePage('p.md', `# List drives\n\n### HTTP request\n\n${request('/groups/{groupId}/drives')}\n${chapter}\n\n${request('/sites/{siteId}/drives')}`);
    expect(facts.operation?.requests.map((r) => r.path)).toEqual(want);
    expect(facts.examples.map((e) => (e.http?.kind === 'request' ? e.http.path : ''))).toEqual(['/sites/{siteId}/drives']);
  });

  it('reads request paths from list items and from `### HTTP request` sections (insights-list-used.md, drive-get.md)', () => {
    const facts = parsePage('p.md', '# T\n\n## HTTP request\n\n- Mine:\n  ```http\n  GET /me/insights/used\n  ```\n\n## Get a user\'s drive\n\n### HTTP request\n\n```http\nGET /users/{id}/drive\n```\n');
    expect(facts.operation?.requests.map((r) => r.path)).toEqual(['/me/insights/used', '/users/{id}/drive']);
  });
});
