import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createEmitMemo, NO_EMIT_MEMO } from '../../../generator/emit/emit-memo.js';
import { documentText } from '../../../generator/emit/openapi/document-text.js';

/** JSON-like data with what `JSON.stringify` treats specially: undefined members and items, holes, -0, NaN, a `toJSON`, non-ASCII. */
const dataLike = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    fc.constantFrom(undefined, null, true, -0, Number.NaN, 'a\nb', 'quote"’\u2028'),
    fc.string(),
    fc.double(),
    fc.array(tie('value')),
    fc.dictionary(fc.string(), tie('value')),
    // A hole: JSON.stringify prints it as null.
    fc.constant(Object.assign(new Array<number>(3), { 0: 1, 2: 3 })),
    fc.constant({ toJSON: () => ({ replaced: [1] }) }),
    // A toJSON given its key, and one that leaves its value out.
    fc.constant({ toJSON: (key: string) => `at ${key}` }),
    fc.constant({ toJSON: () => undefined }),
    fc.constant({ toJSON: 'not a function' }),
    fc.constant(new Date(0)),
    fc.constant(new Map([['k', 1]])),
  ),
}));

describe('documentText: the OpenAPI document as JSON.stringify(…, null, 2) prints it', () => {
  it('prints what JSON.stringify prints, with a memo and without, the second time from remembered parts', () => {
    fc.assert(
      // Wrapped two levels down as well, so the data reaches the depth of remembered parts (three).
      fc.property(fc.dictionary(fc.string(), dataLike.value), fc.boolean(), (data, wrap) => {
        const document = wrap ? { paths: { '/x': data } } : data;
        const want = JSON.stringify(document, null, 2);
        const memo = createEmitMemo();
        expect(documentText(document, NO_EMIT_MEMO)).toBe(want);
        expect(documentText(document, memo)).toBe(want);
        expect(documentText(document, memo)).toBe(want);
      }),
      { numRuns: 300 },
    );
  });

  it('reprints a part only when it is another object', () => {
    const memo = createEmitMemo();
    const kept = { description: 'kept', deep: { a: [1, 2] } };
    const document = { paths: { '/a': { get: kept } }, components: { schemas: { x: { type: 'string' } } } };
    expect(documentText(document, memo)).toBe(JSON.stringify(document, null, 2));
    // Changed in place, the part is not printed again: parts are known by identity (a watch
    // session's emitters never change an object once made).
    kept.description = 'changed in place';
    expect(documentText(document, memo)).toContain('"description": "kept"');
    const replaced = { ...document, paths: { '/a': { get: { ...kept } } } };
    expect(documentText(replaced, memo)).toBe(JSON.stringify(replaced, null, 2));
  });
});
