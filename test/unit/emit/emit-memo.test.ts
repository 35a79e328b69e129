import { describe, expect, it } from 'vitest';
import type { ApiModel, ObjectType } from '../../../generator/model/index.js';
import { createEmitMemo, NO_EMIT_MEMO } from '../../../generator/emit/emit-memo.js';
import { emitSources } from '../../../generator/emit-sources.js';
import { loadTemplates } from '../../../generator/emit/render/templates.js';
import type { Render } from '../../../generator/emit/render/templates.js';
import { SAMPLE_MODEL } from '../../support/sample-model.js';

describe('EmitMemo.remember', () => {
  const made: string[] = [];
  const describeThing = (thing: { name: string }, suffix: string, list: readonly string[]): string => {
    made.push(thing.name);
    return `${thing.name}${suffix}${list.join('')}`;
  };

  it('gives back what it made of the same object with the same arguments, and makes it again when one changed', () => {
    made.length = 0;
    const memo = createEmitMemo();
    const thing = { name: 'a' };
    const run = (suffix: string, list: readonly string[], key = thing): string => memo.remember(describeThing)(key, suffix, list);
    expect(run('!', ['x'])).toBe('a!x');
    // A list made anew with the same items is the same argument.
    expect(run('!', ['x'])).toBe('a!x');
    expect(made).toEqual(['a']);
    expect(run('?', ['x'])).toBe('a?x');
    expect(run('?', ['x', 'y'])).toBe('a?xy');
    // An equal object that is another one is another key: sharing identity is `shareUnchanged`'s job.
    expect(run('?', ['x', 'y'], { name: 'a' })).toBe('a?xy');
    expect(made).toEqual(['a', 'a', 'a', 'a']);
  });

  it('keeps one table per function, and NO_EMIT_MEMO keeps nothing', () => {
    made.length = 0;
    const memo = createEmitMemo();
    const thing = { name: 'b' };
    const other = (key: { name: string }, suffix: string, list: readonly string[]): string => `other ${describeThing(key, suffix, list)}`;
    expect(memo.remember(describeThing)(thing, '', [])).toBe('b');
    expect(memo.remember(other)(thing, '', [])).toBe('other b');
    expect(made).toEqual(['b', 'b']);
    NO_EMIT_MEMO.remember(describeThing)(thing, '', []);
    NO_EMIT_MEMO.remember(describeThing)(thing, '', []);
    expect(made).toEqual(['b', 'b', 'b', 'b']);
  });
});

describe('EmitMemo.keep', () => {
  it('shares last run’s value through the function given, and NO_EMIT_MEMO passes the value through', () => {
    const memo = createEmitMemo();
    const share = (previous: number[], next: number[]): number[] => (previous.join() === next.join() ? previous : next);
    const first = [1, 2];
    expect(memo.keep('list', first, share)).toBe(first);
    expect(memo.keep('list', [1, 2], share)).toBe(first);
    const changed = [1, 3];
    expect(memo.keep('list', changed, share)).toBe(changed);
    expect(memo.keep('other', [1, 3], share)).not.toBe(changed);
    expect(NO_EMIT_MEMO.keep('list', [1, 2], share)).toEqual([1, 2]);
  });
});

/** Each edit makes a whole new model, as reconciling does after any edit of structure. */
type Edit = [string, (model: Mutable<ApiModel>) => void];
type Mutable<T> = { -readonly [K in keyof T]: T[K] extends readonly (infer I)[] ? Mutable<I>[] : T[K] extends object ? Mutable<T[K]> : T[K] };

const objectOf = (model: Mutable<ApiModel>, id: string): Mutable<ObjectType> => {
  const found = model.objects.find((object) => object.id === id);
  if (found === undefined) throw new Error(`no ${id}`);
  return found;
};
const at = { file: 'edit.md', line: 1, column: 1 };

/** Edits that each reach declarations other than the one edited: the memo must notice every one. */
const EDITS: Edit[] = [
  ['nothing changed (every declaration is reused)', () => undefined],
  ['a property added to a base (its derived types’ validators inline it)', (m) => objectOf(m, 'microsoft.graph.entity').properties.push({ name: 'added', type: { kind: 'primitive', name: 'Int32' }, meta: { description: 'Added.', sources: [at] } })],
  ['an enum member added (checked where the enum is used)', (m) => m.enums[0]?.members.push({ name: 'retired', value: undefined, meta: { description: undefined, sources: [at] } })],
  ['a property retyped to the enum', (m) => Object.assign(objectOf(m, 'microsoft.graph.callRecords.session').properties[0] ?? {}, { type: { kind: 'enum', id: 'microsoft.graph.enrollmentState' } })],
  [
    'a type derived from a derived type (its bases’ validators, unions and discriminators list it; names change)',
    (m) =>
      m.objects.push({ kind: 'object', id: 'microsoft.graph.importedDeviceIdentityDetail', namespace: 'microsoft.graph', name: 'importedDeviceIdentityDetail', base: 'microsoft.graph.importedDeviceIdentityResult', properties: [], meta: { description: 'Detail.', sources: [at] } }),
  ],
  ['an operation’s response changed', (m) => Object.assign(m.operations[1] ?? {}, { response: { status: 200, body: { kind: 'collection', of: { kind: 'object', id: 'microsoft.graph.callRecords.session' } } } })],
  ['a description changed', (m) => Object.assign(objectOf(m, 'microsoft.graph.importedDeviceIdentity').properties[0]?.meta ?? {}, { description: 'Reworded.' })],
  ['the derived type removed again', (m) => m.objects.splice(m.objects.findIndex((object) => object.id === 'microsoft.graph.importedDeviceIdentityDetail'), 1)],
  ['a base changed (the chain of inherited properties)', (m) => Object.assign(objectOf(m, 'microsoft.graph.importedDeviceIdentityResult'), { base: 'microsoft.graph.entity' })],
  ['a type renamed (every name that follows it may move)', (m) => Object.assign(objectOf(m, 'microsoft.graph.callRecords.session'), { name: 'segmentSession' })],
  ['an operation on a path of the same shape (one path item, a duplicate noted)', (m) => m.operations.push({ ...structuredClone(m.operations[1]!), id: 'GET /deviceManagement/importedDeviceIdentities/{id}', path: '/deviceManagement/importedDeviceIdentities/{id}', pathParameters: [{ name: 'id' }] })],
  ['a property typed with a type the model lacks', (m) => objectOf(m, 'microsoft.graph.entity').properties.push({ name: 'ghost', type: { kind: 'object', id: 'microsoft.graph.ghost' }, meta: { description: undefined, sources: [at] } })],
  [
    'that type added as another goes (as many types as before, other ids)',
    (m) => {
      const gone = m.objects.findIndex((object) => object.id === 'microsoft.graph.importedDeviceIdentityResult');
      m.objects.splice(gone, 1, { kind: 'object', id: 'microsoft.graph.ghost', namespace: 'microsoft.graph', name: 'ghost', base: undefined, properties: [], meta: { description: 'Now there.', sources: [at] } });
    },
  ],
  ['nothing changed again', () => undefined],
];

/** The templates of one declaration, and of a module of them: a remembered declaration or module renders none. */
const DECLARATION_TEMPLATES = new Set(['model-object.ts', 'model-enum.ts', 'validator.ts', 'operation.ts', 'module.ts']);

describe('emitSources with a watch session’s memo', () => {
  const templates = loadTemplates();
  const options = { packageName: 'memo-test', packageVersion: '1.0.0' };

  it('emits, after every kind of edit, exactly what a run without the memo emits', () => {
    const memo = createEmitMemo();
    let model = structuredClone(SAMPLE_MODEL) as Mutable<ApiModel>;
    emitSources(model as ApiModel, templates, options, undefined, { memo });
    for (const [name, edit] of EDITS) {
      model = structuredClone(model);
      edit(model);
      const remembered = emitSources(model as ApiModel, templates, options, undefined, { memo });
      const fresh = emitSources(structuredClone(model) as ApiModel, templates, options);
      expect([...remembered.files], name).toEqual([...fresh.files]);
      expect([...remembered.validatorKeys], name).toEqual([...fresh.validatorKeys]);
    }
  });

  it('renders again only the declarations an edit changed', () => {
    const memo = createEmitMemo();
    const rendered: string[] = [];
    const render: Render = (template, view) => {
      if (DECLARATION_TEMPLATES.has(template)) rendered.push(template);
      return templates(template, view);
    };
    emitSources(structuredClone(SAMPLE_MODEL), render, options, undefined, { memo });
    // 4 objects and 1 enum have a model and a validator each; 3 operations a request function;
    // 3 modules hold them, and the validators' frame is rendered once more (for its key).
    expect(rendered.filter((template) => template !== 'module.ts')).toHaveLength(13);
    expect(rendered.filter((template) => template === 'module.ts')).toHaveLength(4);
    rendered.length = 0;
    emitSources(structuredClone(SAMPLE_MODEL), render, options, undefined, { memo });
    expect(rendered).toEqual(['module.ts']);
    rendered.length = 0;
    const edited = structuredClone(SAMPLE_MODEL) as Mutable<ApiModel>;
    objectOf(edited, 'microsoft.graph.callRecords.session').properties.pop();
    emitSources(edited as ApiModel, render, options, undefined, { memo });
    // The session's interface and validator, and their two modules (and the frame); nothing else reads its properties.
    expect(rendered.sort()).toEqual(['model-object.ts', 'module.ts', 'module.ts', 'module.ts', 'validator.ts']);
  });
});
