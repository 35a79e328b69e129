import { describe, expect, it } from 'vitest';
import { diffOpenApiDocuments } from '../../generator/diff/diff-apis.js';
import type { DiffFormat } from '../../generator/diff/render-diff.js';
import { renderDiff } from '../../generator/diff/render-diff.js';
import { createUser, document, enumOf, nullableString, object } from './openapi-docs.js';

const before = document({ user: object({ displayName: nullableString, nick_name: nullableString }), color: enumOf('red') }, { '/users': { post: createUser() } });
const after = document({ user: object({ displayName: { type: 'string' }, mail: nullableString }), color: enumOf('red', 'blue') }, { '/users': { post: createUser({ summary: 'Add a user' }) } });

describe('renderDiff', () => {
  const diff = diffOpenApiDocuments(before, after);
  it.each(['text', 'markdown', 'json'] as DiffFormat[])('%s', async (format) => {
    if ('error' in diff) throw new Error(diff.error);
    await expect(renderDiff(diff, { old: 'v1/', new: 'v2/' }, format)).toMatchFileSnapshot(`__snapshots__/diff.${{ text: 'txt', markdown: 'md', json: 'json' }[format]}`);
  });

  it('says when nothing changed', () => {
    const none = diffOpenApiDocuments(before, before);
    if ('error' in none) throw new Error(none.error);
    expect(renderDiff(none, { old: 'a', new: 'b' }, 'text')).toBe('API changes from a to b: 0 breaking, 0 minor, 0 patch; suggested version bump: none\n');
  });
});
