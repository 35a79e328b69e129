import { describe, expect, it } from 'vitest';
import type { ApiModel } from '../../../generator/model/index.js';
import { shareUnchanged } from '../../../generator/model/index.js';
import { SAMPLE_MODEL } from '../../support/sample-model.js';

describe('shareUnchanged: last run’s objects for the declarations an edit left equal', () => {
  it('gives the first model back as it is', () => {
    expect(shareUnchanged(undefined, SAMPLE_MODEL)).toBe(SAMPLE_MODEL);
  });

  it('keeps last run’s object for an equal declaration, and the new one for a changed or new one', () => {
    const previous = structuredClone(SAMPLE_MODEL);
    const next = structuredClone(SAMPLE_MODEL) as { -readonly [K in keyof ApiModel]: ApiModel[K] };
    const [entity, identity, ...rest] = next.objects;
    const edited = { ...identity!, properties: identity!.properties.slice(1) };
    const added = { ...entity!, id: 'microsoft.graph.added', name: 'added' };
    next.objects = [entity!, edited, ...rest, added];
    const shared = shareUnchanged(previous, next);
    expect(shared).toEqual(next);
    expect(shared.objects[0]).toBe(previous.objects[0]);
    expect(shared.objects[1]).toBe(edited);
    expect(shared.objects[2]).toBe(previous.objects[2]);
    expect(shared.objects.at(-1)).toBe(added);
    expect(shared.enums).toBe(previous.enums);
    expect(shared.operations).toBe(previous.operations);
    // Examples and diagnostics are this run's: no emitter remembers them.
    expect(shared.examples).toBe(next.examples);
  });

  it('takes a declaration whose sources moved as changed (its doc comment names its line)', () => {
    const previous = structuredClone(SAMPLE_MODEL);
    const next = structuredClone(SAMPLE_MODEL);
    const moved = { ...next.enums[0]!, meta: { ...next.enums[0]!.meta, sources: [{ file: 'sample.md', line: 99, column: 1 }] } };
    const shared = shareUnchanged(previous, { ...next, enums: [moved] });
    expect(shared.enums[0]).toBe(moved);
    expect(shared.enums).not.toBe(previous.enums);
  });

  it('keeps the new list when the same declarations come in another order', () => {
    const previous = structuredClone(SAMPLE_MODEL);
    const reordered = { ...structuredClone(SAMPLE_MODEL), operations: [...structuredClone(SAMPLE_MODEL).operations].reverse() };
    const shared = shareUnchanged(previous, reordered);
    expect(shared.operations).not.toBe(previous.operations);
    expect(shared.operations.map((operation) => operation.id)).toEqual(reordered.operations.map((operation) => operation.id));
    expect(shared.operations[0]).toBe(previous.operations.at(-1));
  });
});
