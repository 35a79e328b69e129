import { describe, expect, it } from 'vitest';
import { fitsTemplate, normalizePathTemplate } from '../../../generator/reconcile/path-template.js';

describe('normalizePathTemplate', () => {
  it.each([
    ["/reports/getEmailActivityUserDetail(period='{period_value}')", "/reports/getEmailActivityUserDetail(period='{period}')"],
    ['/reports/getEmailActivityUserDetail(date={date_value})', '/reports/getEmailActivityUserDetail(date={date})'],
    ["/workbook/worksheets/{id|name}/range(address='<address>')", "/workbook/worksheets/{id|name}/range(address='{address}')"],
    ['/range/resizedRange(deltaRows={n}, deltaColumns={n})', '/range/resizedRange(deltaRows={deltaRows},deltaColumns={deltaColumns})'],
    ["/definitions/filterByCurrentUser(on='reviewer')", "/definitions/filterByCurrentUser(on='{on}')"],
    ["/sites/{site-id}/lists('{list-id}')", "/sites/{site-id}/lists('{list-id}')"],
    ['/workbook/worksheets/{id}/range(<address>)', '/workbook/worksheets/{id}/range({address})'],
    ['/teams/(team-id)/channels/{channel-id}', '/teams/{team-id}/channels/{channel-id}'],
    ['/users/delta()', '/users/delta()'],
    ['/groups/', '/groups'],
    ['/education/classes/acdefc6b-2dc6-4e71-b1e9-6d9810ab1793/assignments/CF6005FC-9e13-44a2-a6ac-a53322006454/rubric', '/education/classes/{classes-id}/assignments/{assignments-id}/rubric'],
    ["/servicePrincipals(appId='00000003-0000-0000-c000-000000000000')", "/servicePrincipals(appId='{appId}')"],
  ])('%s', (given, want) => expect(normalizePathTemplate(given)).toBe(want));
});

describe('fitsTemplate', () => {
  it.each([
    ['/users/48d31887/messages', '/users/{id | userPrincipalName}/messages', true],
    ["/reports/getX(period='D7')", "/reports/getX(period='{period}')", true],
    ['/me/drive/root:/folder/file.txt:/content', '/me/drive/root:/{item-path}:/content', true],
    ['/Users/abc', '/users/{id}', true],
    ['/me/messages', '/users/{id}/messages', false],
    ['/users/abc/messages/1', '/users/{id}/messages', false],
  ])('%s fits %s: %s', (path, template, want) => expect(fitsTemplate(path, template)).toBe(want));
});
