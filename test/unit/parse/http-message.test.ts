import { describe, expect, it } from 'vitest';
import type { Code } from 'mdast';
import { readHttpExample, readRequestTarget, splitRequestTarget } from '../../../generator/parse/http-message.js';
import { readJsonBody } from '../../../generator/parse/json-body.js';

describe('splitRequestTarget', () => {
  it.each([
    ['https://graph.microsoft.com/beta/deviceManagement/importedDeviceIdentities', '/deviceManagement/importedDeviceIdentities', ''],
    ['https://graph.microsoft.com/v1.0/users/{id}?$select=displayName', '/users/{id}', '$select=displayName'],
    ['/deviceManagement/importedDeviceIdentities/$ref', '/deviceManagement/importedDeviceIdentities/$ref', ''],
    ['/me/messages', '/me/messages', ''],
  ])('%s', (target, path, query) => {
    expect(splitRequestTarget(target)).toEqual({ path, query });
  });
});

describe('readJsonBody', () => {
  it('maps each JSON path to its page line', () => {
    const { body, error } = readJsonBody('{\n  "a": 1,\n  "b": [\n    { "c": "x" }\n  ]\n}', { file: 'p.md', line: 10, column: 1 });
    expect(error).toBeUndefined();
    expect(body.value).toEqual({ a: 1, b: [{ c: 'x' }] });
    expect(body.lines).toMatchObject({ '': 10, a: 11, b: 12, 'b[0]': 13, 'b[0].c': 13 });
  });

  it('reads a trailing comma as a reader would, but says it is not JSON, with the page line', () => {
    const { body, error } = readJsonBody('{\n  "a": 1,\n}', { file: 'p.md', line: 5, column: 1 });
    expect(body.value).toEqual({ a: 1 });
    expect(error).toMatch(/line 7/);
  });

  it('gives no value for truncated JSON', () => {
    const { body, error } = readJsonBody('{\n  "a": [1, 2', { file: 'p.md', line: 1, column: 1 });
    expect(body.parsed).toBe(false);
    expect(body.value).toBeUndefined();
    expect(error).toBeDefined();
  });
});

describe('readRequestTarget', () => {
  it.each([
    ['/users/{id | userPrincipalName}/messages', '/users/{id | userPrincipalName}/messages'],
    ["/security/alerts?$filter={property} eq '{property-value}'", "/security/alerts?$filter={property} eq '{property-value}'"],
    ['/range/resizedRange(deltaRows={n}, deltaColumns={n})', '/range/resizedRange(deltaRows={n}, deltaColumns={n})'],
    ["/me/drive/search(q='Contoso Project')", "/me/drive/search(q='Contoso Project')"],
    ['/me/messages HTTP/1.1', '/me/messages'],
    ['/me/messages  (beta only)', '/me/messages'],
  ])('%s', (given, want) => expect(readRequestTarget(given)).toBe(want));
});

describe('readHttpExample', () => {
  const code = (value: string): Code => ({ type: 'code', lang: 'http', value, position: { start: { line: 10, column: 1 }, end: { line: 20, column: 1 } } });
  it.each([
    ['headers right after the request line', 'POST https://graph.microsoft.com/v1.0/users/{id}/wipe\nContent-type: application/json\n\n{ "a": 1 }'],
    ['a blank line before the headers (intune pages)', 'POST https://graph.microsoft.com/v1.0/users/{id}/wipe\n\nContent-type: application/json\n\n{ "a": 1 }'],
  ])('%s', (_name, value) => {
    const { http, body } = readHttpExample('p.md', code(value));
    expect(http).toMatchObject({ kind: 'request', method: 'POST', path: '/users/{id}/wipe', headers: { 'Content-type': 'application/json' } });
    expect(body?.value).toEqual({ a: 1 });
  });
});
