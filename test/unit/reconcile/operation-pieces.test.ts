import { describe, expect, it } from 'vitest';
import type { Diagnostic, PageFacts } from '../../../generator/model/index.js';
import { parsePage } from '../../../generator/parse/parse-page.js';
import { buildModel } from '../../../generator/reconcile/build-model.js';
import { castTwins } from '../../../generator/reconcile/operations/cast-twins.js';
import { functionCallTwins, functionParametersOutsidePath } from '../../../generator/reconcile/operations/function-parameters.js';
import { meTwins } from '../../../generator/reconcile/operations/me-twins.js';
import { operationIdentity, pathFitsTemplate } from '../../../generator/reconcile/operations/operation-identity.js';
import { mergePermissions } from '../../../generator/reconcile/operations/permissions-merge.js';
import { mergeQueryParameters } from '../../../generator/reconcile/operations/query-parameters.js';
import { examplesSendBytes } from '../../../generator/reconcile/operations/operation-bodies.js';
import { followRefExamples } from '../../../generator/reconcile/operations/ref-path.js';
import { mergeRequired, requiredBodyProperties } from '../../../generator/reconcile/operations/required-body.js';
import { exampleStatus, responseExampleType } from '../../../generator/reconcile/operations/response-example.js';

const fence = '```';

/** An API page: request lines, extra sections, and request/response examples. */
function apiPage(file: string, lines: string[], sections = '', examples: { request?: string; body?: string; response?: string; annotation?: string }[] = []): PageFacts {
  const blocks = examples.map((e) => {
    const request = e.request === undefined ? '' : `### Request\n\n<!-- { "blockType": "request" } -->\n${fence}http\n${e.request}\n${e.body === undefined ? '' : `Content-type: application/json\n\n${e.body}\n`}${fence}\n\n`;
    const response = e.response === undefined ? '' : `### Response\n\n<!-- { "blockType": "response"${e.annotation ?? ''} } -->\n${fence}http\n${e.response}\n${fence}\n`;
    return request + response;
  });
  return parsePage(file, `# A page\n\n## HTTP request\n${fence}http\n${lines.join('\n')}\n${fence}\n\n${sections}\n\n## Examples\n\n${blocks.join('\n')}`);
}

describe('operationIdentity and pathFitsTemplate', () => {
  it.each([
    ['GET', '/users/{id}/messages', 'get /Users/{user-id}/messages', true],
    ['GET', '/users/{id}', 'POST /users/{id}', false],
  ])('%s %s is %s: %s', (method, path, other, same) => {
    const [otherMethod = '', otherPath = ''] = other.split(' ');
    expect(operationIdentity(method, path) === operationIdentity(otherMethod, otherPath)).toBe(same);
  });
  it.each([
    ['/users/48d31887/messages', '/users/{id | userPrincipalName}/messages', true],
    ["/reports/getX(period='D7')", "/reports/getX(period='{period_value}')", true],
    ['/me/messages', '/users/{id}/messages', false],
  ])('%s fits %s: %s', (path, template, want) => expect(pathFitsTemplate(path, template)).toBe(want));
});

describe('mergePermissions (permissions tables of every page of an operation)', () => {
  const table = (delegated: string, application: string): string =>
    `## Permissions\n|Permission type|Permissions|\n|:--|:--|\n|Delegated (work or school account)|${delegated}|\n|Application|${application}|`;
  it.each([
    ['scopes are united per scheme', [table('A.Read', 'Not supported.'), table('A.ReadWrite', 'Not supported.')], [['delegated-work', ['A.Read', 'A.ReadWrite'], false], ['application', [], true]]],
    ['a scope on one page beats "Not supported" on another', [table('A.Read', 'Not supported.'), table('A.Read', 'A.Read.All')], [['delegated-work', ['A.Read'], false], ['application', ['A.Read.All'], false]]],
  ])('%s', (_name, sections, want) => {
    const pages = sections.map((s, i) => apiPage(`p${i}.md`, ['GET /a'], s));
    expect(mergePermissions(pages).map((p) => [p.scheme, p.scopes, p.notSupported])).toEqual(want);
  });
});

describe('meTwins (the me form of a users/{id} line, user-assignlicense.md)', () => {
  it.each([
    ['an example calls /me', ['POST /users/{id}/assignLicense'], 'POST https://graph.microsoft.com/v1.0/me/assignLicense', ['POST /me/assignLicense']],
    ['the /me form is already documented', ['POST /users/{id}/assignLicense', 'POST /me/assignLicense'], 'POST https://graph.microsoft.com/v1.0/me/assignLicense', []],
    ['the example calls another path', ['POST /users/{id}/assignLicense'], 'POST https://graph.microsoft.com/v1.0/me/revokeLicense', []],
    ['me inside the path (educationuser-list-assignments.md)', ['GET /education/users/{id}/assignments'], 'GET https://graph.microsoft.com/v1.0/education/me/assignments', ['GET /education/me/assignments']],
  ])('%s', (_name, lines, request, want) => {
    expect(meTwins(apiPage('p.md', lines, '', [{ request }])).map((l) => `${l.method} ${l.path}`)).toEqual(want);
  });
});

describe('castTwins (a collection narrowed by an OData cast, group-list-transitivemembers.md)', () => {
  it.each([
    ['a cast in the page namespace', 'GET https://graph.microsoft.com/v1.0/groups/1/transitiveMembers/microsoft.graph.user?$count=true', ['GET /groups/{id}/transitiveMembers/microsoft.graph.user']],
    ['a cast then $count', 'GET https://graph.microsoft.com/v1.0/groups/1/transitiveMembers/microsoft.graph.group/$count', ['GET /groups/{id}/transitiveMembers/microsoft.graph.group/$count']],
    ['a dotted value is no cast', 'GET https://graph.microsoft.com/v1.0/groups/1/transitiveMembers/contoso.com', []],
    ['a documented path needs no twin', 'GET https://graph.microsoft.com/v1.0/groups/1/transitiveMembers', []],
  ])('%s', (_name, request, want) => {
    const page = apiPage('p.md', ['GET /groups/{id}/transitiveMembers'], '', [{ request }]);
    expect(castTwins(page, page.operation?.requests ?? []).map((l) => `${l.method} ${l.path}`)).toEqual(want);
  });
});

describe('functionCallTwins (function arguments the request line leaves out)', () => {
  const params = (rows: string, heading = 'Function parameters'): string => `## ${heading}\n| Parameter | Type | Description |\n|:--|:--|:--|\n${rows}`;
  it.each([
    ['numbers bare (range-cell.md)', 'GET /names/{name}/range/cell', params('|row|Int32|Row.|\n|column|Int32|Column.|', 'Path parameters'), 'GET https://graph.microsoft.com/v1.0/names/x/range/cell(row=5,column=6)', ['GET /names/{name}/range/cell(row={row},column={column})']],
    ['text quoted (worksheet-range.md)', 'GET /worksheets/{id}/range', params('|address|string|The address.|'), "GET https://graph.microsoft.com/v1.0/worksheets/1/range(address='A1:B2')", ["GET /worksheets/{id}/range(address='{address}')"]],
    ['an argument the tables do not list', 'GET /worksheets/{id}/range', params('|address|string|The address.|'), "GET https://graph.microsoft.com/v1.0/worksheets/1/range(other='A1')", []],
    ['the line already passes arguments', "GET /reports/getX(period='{period}')", params('|period|string|Period.|'), "GET https://graph.microsoft.com/v1.0/reports/getX(period='D7')", []],
  ])('%s', (_name, line, sections, request, want) => {
    const page = apiPage('p.md', [line], sections, [{ request }]);
    expect(functionCallTwins(page, page.operation?.requests ?? []).map((l) => `${l.method} ${l.path}`)).toEqual(want);
  });

  it.each([
    ['a parameter the path leaves out goes in the query (driveitem-delta.md)', 'GET', '/me/drive/root/delta', ['token']],
    ['a parameter the path passes stays there', 'GET', "/me/drive/root/delta(token='{token}')", []],
    ['actions take no function parameters in the query', 'POST', '/me/drive/root/delta', []],
  ])('%s', (_name, method, path, want) => {
    const page = apiPage('p.md', [`${method} ${path}`], params('|token|string|A state token.|'));
    expect(functionParametersOutsidePath(page, method, path).map((p) => p.name)).toEqual(want);
  });
});

describe('mergeQueryParameters (the query options an operation takes)', () => {
  const member = (sections: string, line = 'GET /widgets', returnsCollection = true) => {
    const page = apiPage('p.md', [line], sections);
    const request = page.operation?.requests[0];
    if (request === undefined) throw new Error('no request line');
    return { page, line: request, functionParametersInQuery: functionParametersOutsidePath(page, request.method, request.path), returnsCollection };
  };
  const summary = (members: ReturnType<typeof member>[]): string[] =>
    mergeQueryParameters(members).map((p) => `${p.name}${p.required ? '!' : ''}:${p.type.kind === 'collection' ? 'list' : p.type.kind === 'primitive' ? p.type.name : p.type.kind}`);
  it.each([
    ['named system options, protocol spelling and order', [member('## Optional query parameters\nThis method supports the `$top`, `$orderBy` and `$select` OData query parameters.')], ['$select:list', '$orderby:list', '$top:Int32']],
    ['the standard set for a collection GET', [member('## Optional query parameters\nThis method supports the [OData query parameters](/graph/query-parameters).')], ['$select:list', '$expand:list', '$filter:String', '$orderby:list', '$top:Int32', '$skip:Int32', '$count:Boolean']],
    ['the standard set for a single GET', [member('## Optional query parameters\nThis method supports the [OData query parameters](/graph/query-parameters).', 'GET /widgets/{id}', false)], ['$select:list', '$expand:list']],
    ['placeholders on the request line are required', [member('', 'GET /me/calendarView?startDateTime={start}&endDateTime={end}')], ['startDateTime!:String', 'endDateTime!:String']],
    ['a denied option is dropped', [member('## Optional query parameters\nThis method supports the `$top` and `$filter` query parameters. `$filter` is not supported.')], ['$top:Int32']],
    ['a table type types a custom option', [member('## Query parameters\n| Parameter | Type | Description |\n|:--|:--|:--|\n| days | Int32 | How many days. |')], ['days:Int32']],
    ['pages merge without duplicates', [member('## Optional query parameters\nSupports `$select`.'), member('## Optional query parameters\nSupports `$select` and `$top`.')], ['$select:list', '$top:Int32']],
    ['no section, no options', [member('')], []],
  ])('%s', (_name, members, want) => expect(summary(members)).toEqual(want));
});

describe('responseExampleType (a response the Response sentence does not type)', () => {
  it.each([
    ['an annotated collection of a primitive (group-checkmembergroups.md)', ', "@odata.type": "string", "isCollection": true', 'HTTP/1.1 200 OK\nContent-type: application/json\n\n{ "value": ["a"] }', { kind: 'collection', of: { kind: 'primitive', name: 'String' } }],
    ['an annotated known type', ', "@odata.type": "microsoft.graph.widget"', 'HTTP/1.1 200 OK\nContent-type: application/json\n\n{ "id": "1" }', { kind: 'named', name: 'microsoft.graph.widget', via: 'word' }],
    ['an unknown type is not invented', ', "@odata.type": "microsoft.graph.gadget"', 'HTTP/1.1 200 OK\nContent-type: application/json\n\n{ "id": "1" }', { kind: 'unknown', text: 'a JSON body the page does not type' }],
    ['a body in another media type is bytes (resource-get.md)', '', 'HTTP/1.1 200 OK\nContent-type: image/jpeg\n\n...binary data...', { kind: 'primitive', name: 'Stream' }],
    ['a 204 example gives nothing', '', 'HTTP/1.1 204 No Content\nContent-type: application/json\n\n{ "id": "1" }', undefined],
    ['no body gives nothing', '', 'HTTP/1.1 200 OK', undefined],
  ])('%s', (_name, annotation, response, want) => {
    const page = apiPage('p.md', ['GET /widgets/{id}'], '', [{ request: 'GET https://graph.microsoft.com/v1.0/widgets/1', response, annotation }]);
    expect(responseExampleType(page, (name) => name.endsWith('widget'))).toEqual(want);
  });
});

describe('required body properties and $ref paths (seed 000)', () => {
  const body = '## Request body\nThe following table shows the properties that are required when you create the widget.\n\n| Property | Type | Description |\n|:--|:--|:--|\n|id|String|Id.|\n|name|String|Name.|\n|size|Int32|Size. Optional.|\n|color|String|Color.|';
  it.each([
    ['examples that omit a property show it is not required', '{ "name": "a" }', ['name']],
    ['examples that send every property keep them required', '{ "name": "a", "color": "red" }', ['color', 'name']],
  ])('%s', (_name, example, want) => {
    const page = apiPage('p.md', ['POST /widgets'], body, [{ request: 'POST https://graph.microsoft.com/v1.0/widgets', body: example }]);
    expect(requiredBodyProperties(page)).toEqual(['name', 'color']);
    expect(mergeRequired([{ page, required: requiredBodyProperties(page) }])).toEqual(want);
  });

  it.each([
    ['a full object posted to the bare path: the create, reported', '{ "name": "a" }', '/widgets', ['ref-path-with-object-body']],
    ['an @odata.id body: the reference', '{ "@odata.id": "https://x/widgets/1" }', '/widgets/$ref', []],
  ])('%s', (_name, example, want, codes) => {
    const page = apiPage('p.md', ['POST /widgets/$ref'], '', [{ request: 'POST https://graph.microsoft.com/v1.0/widgets', body: example }]);
    const diagnostics: Diagnostic[] = [];
    const line = page.operation?.requests[0];
    if (line === undefined) throw new Error('no request line');
    expect(followRefExamples(page, line, diagnostics)).toBe(want);
    expect(diagnostics.map((d) => d.code)).toEqual(codes);
  });
});

describe('examplesSendBytes (uploads, profilephoto-update.md)', () => {
  const page = apiPage('p.md', ['PATCH /branding', 'PATCH /branding/{property}'], '', [
    { request: 'PATCH https://graph.microsoft.com/v1.0/branding\nContent-Type: application/json', body: '{ "a": 1 }' },
    { request: 'PATCH https://graph.microsoft.com/v1.0/branding/bannerLogo\nContent-Type: image/jpeg', body: '<Image>' },
  ]);
  it.each([
    ['the path whose examples send an image takes bytes', '/branding/{property}', true],
    ['the path whose examples send JSON does not', '/branding', false],
  ])('%s', (_name, template, want) => expect(examplesSendBytes(page, 'PATCH', template)).toBe(want));
});

describe('exampleStatus (a status the Response section does not state, site-unfollow.md)', () => {
  it.each([
    ['the first success status shown', ['HTTP/1.1 400 Bad Request', 'HTTP/1.1 204 No Content'], 204],
    ['no success shown', ['HTTP/1.1 404 Not Found'], undefined],
  ])('%s', (_name, responses, want) => {
    const page = apiPage('p.md', ['POST /a'], '', responses.map((response) => ({ request: 'POST https://graph.microsoft.com/v1.0/a', response })));
    expect(exampleStatus(page)).toBe(want);
  });
});

describe('response examples against their operation (diagnostics at the example)', () => {
  const page = (sentence: string, response: string): PageFacts =>
    apiPage('p.md', ['PATCH /widgets/{id}'], `## Response\n${sentence}`, [{ request: 'PATCH https://graph.microsoft.com/v1.0/widgets/1', body: '{ "a": 1 }', response }]);
  it.each([
    ['a 204 with a body where the page says 200', 'If successful, this method returns a `200 OK` response code.', 'HTTP/1.1 204 No Content\nContent-type: application/json\n\n{ "a": 1 }', ['example-no-content-body', 'example-status-differs']],
    ['the status the page states', 'If successful, this method returns a `204 No Content` response code.', 'HTTP/1.1 204 No Content', []],
    ['no status stated: the example gives it, nothing to report', 'If successful, this method returns the widget.', 'HTTP/1.1 202 Accepted', []],
  ])('%s', (_name, sentence, response, codes) => {
    const model = buildModel([page(sentence, response)]);
    expect(model.diagnostics.map((d) => d.code).filter((c) => c.startsWith('example-') && c !== 'example-enum-value').sort()).toEqual(codes);
  });

  it('takes the status from the example when the page states none', () => {
    expect(buildModel([page('If successful, this method returns the widget.', 'HTTP/1.1 202 Accepted')]).operations[0]?.response.status).toBe(202);
  });
});
