import { describe, expect, it } from 'vitest';
import { segmentsOf } from '../../../generator/reconcile/path-segments.js';

describe('segmentsOf: a path split into segments, placeholders as {}', () => {
  it.each([
    ['/users/{id}/photos', ['users', '{}', 'photos']],
    ['/users/{user-id}/messages?$top=5', ['users', '{}', 'messages']],
    ['users//drive/', ['users', 'drive']],
    ["/workbook/worksheets('{name}')/range", ['workbook', "worksheets('{name}')", 'range']],
    ['/a/{x}}/b', ['a', '{x}}', 'b']],
    ['/a/{x}y', ['a', '{x}y']],
    ['/a/{}', ['a', '{}']],
    ['/', []],
    ['?$filter=x', []],
  ])('%s', (path, want) => {
    expect(segmentsOf(path)).toEqual(want);
  });
});
