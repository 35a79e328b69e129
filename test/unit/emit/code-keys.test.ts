import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readInputPages } from '../../../generator/cli/read-input.js';
import type { KeyedFragment } from '../../../generator/emit/typescript/code-keys.js';
import { codeKeys, declaredNames, unkeyedName } from '../../../generator/emit/typescript/code-keys.js';
import { FileImports } from '../../../generator/emit/typescript/file-imports.js';
import { assignNames } from '../../../generator/emit/naming/assign-names.js';
import { loadTemplates } from '../../../generator/emit/render/templates.js';
import { keyedFragments, validatorFragments } from '../../../generator/emit/typescript/validators.js';
import { generate } from '../../../generator/pipeline.js';
import { DEFAULT_OPTIONS, PROJECT_ROOT, generateSeeds } from '../../support/seeds.js';
import { unrecordedCalls, validatorHelpers } from '../../support/unrecorded-calls.js';

/** A fragment declaring `name` that calls `calls`, with `body` standing for the rest of its code. */
const fn = (name: string, calls: readonly string[] = [], body = ''): KeyedFragment => ({
  text: `function ${name}() {\n  ${calls.map((call) => `${call}();`).join(' ')} ${body}\n}`,
  uses: new Set(calls),
});

/** The names whose keys differ between two sets of fragments. */
function changed(before: readonly KeyedFragment[], after: readonly KeyedFragment[], shared = ''): string[] {
  const [a, b] = [codeKeys(before, shared), codeKeys(after, shared)];
  return [...new Set([...a.keys(), ...b.keys()])].filter((name) => a.get(name) !== b.get(name)).sort();
}

describe('declaredNames: what a fragment binds at its top level', () => {
  it('reads functions, generators, constants, classes; not what is nested or only mentioned', () => {
    const text = ['export function validateA(v) {', '  function nested() {}', '  const inner = 1;', '}', 'async function b() {}', 'function* c() {}', 'export const D = 1;', 'let e;', 'class F {}', '// function commented() {}', 'functional();'].join('\n');
    expect(declaredNames(text)).toEqual(['validateA', 'b', 'c', 'D', 'e', 'F']);
  });
});

describe('codeKeys: a key per name, changing exactly when code a call can run changes', () => {
  const base = [fn('a', ['b']), fn('b', ['c']), fn('c'), fn('d')];

  it('a change reaches every caller, however far, and no one else', () => {
    expect(changed(base, [fn('a', ['b']), fn('b', ['c']), fn('c', [], 'x'), fn('d')])).toEqual(['a', 'b', 'c']);
    expect(changed(base, [fn('a', ['b'], 'x'), fn('b', ['c']), fn('c'), fn('d')])).toEqual(['a']);
  });

  it('a new call changes the caller: it now runs more code', () => {
    expect(changed(base, [fn('a', ['b']), fn('b', ['c']), fn('c'), fn('d', ['c'])])).toEqual(['d']);
  });

  it('is the same whatever order the fragments come in', () => {
    expect(codeKeys([...base].reverse(), '')).toEqual(codeKeys(base, ''));
  });

  it('follows cycles: every member of one shares its fate', () => {
    const cycle = [fn('a', ['b']), fn('b', ['c']), fn('c', ['a']), fn('d', ['a']), fn('e')];
    const edited = [fn('a', ['b']), fn('b', ['c'], 'x'), fn('c', ['a']), fn('d', ['a']), fn('e')];
    expect(changed(cycle, edited)).toEqual(['a', 'b', 'c', 'd']);
  });

  it('holds the shared code: a change there changes every key', () => {
    const [a, b] = [codeKeys(base, 'helpers v1'), codeKeys(base, 'helpers v2')];
    for (const name of a.keys()) expect(b.get(name)).not.toBe(a.get(name));
  });

  it('gives no key to what reaches a name no fragment declares (callers then key on the whole module)', () => {
    const keys = codeKeys([fn('a', ['b']), fn('b', ['missing']), fn('c')], '');
    expect([...keys.keys()].sort()).toEqual(['c']);
  });

  it('gives no key to a name two fragments declare, nor to what reaches it', () => {
    const keys = codeKeys([fn('a', ['b']), fn('b'), { text: 'function b() {}', uses: new Set() }, fn('c')], '');
    expect([...keys.keys()].sort()).toEqual(['c']);
  });

  it('keys every function a fragment declares alike', () => {
    const keys = codeKeys([{ text: 'function validateA() {}\nfunction isA() {}', uses: new Set() }], '');
    expect(keys.get('validateA')).toBeDefined();
    expect(keys.get('isA')).toBe(keys.get('validateA'));
  });

  it('walks a chain of 20,000 calls without running out of stack', () => {
    const chain = Array.from({ length: 20_000 }, (_, i) => fn(`f${i}`, i + 1 < 20_000 ? [`f${i + 1}`] : []));
    expect(codeKeys(chain, '').size).toBe(20_000);
  });
});

describe('keyedFragments: what of a validator fragment is keyed', () => {
  const fragment = (text: string, uses: readonly [string, string][]) => {
    const imports = new FileImports('src/validators.ts');
    for (const [file, name] of uses) imports.value(file, name);
    return { file: 'src/validators.ts', text, imports };
  };
  it('follows calls into its module, takes the shared files as keyed, and leaves a value from any other file unkeyed', () => {
    const fragments = [
      fragment('function __checkA() {}', [['src/validators.ts', '__checkB'], ['src/validators/_internal.ts', '__report']]),
      fragment('function __checkB() {}', []),
      fragment('function __checkC() {}', [['src/models.ts', 'Colour']]),
    ];
    const keyed = keyedFragments(fragments, ['src/validators/_internal.ts']);
    expect(keyed.map((k) => [...k.uses])).toEqual([['__checkB'], [], [unkeyedName('src/models.ts', 'Colour')]]);
    expect([...codeKeys(keyed, '').keys()].sort()).toEqual(['__checkA', '__checkB']);
  });
});

describe('FileImports.valuesFrom: calls within a module are recorded, not imported', () => {
  it('keeps them apart from the import lines', () => {
    const imports = new FileImports('src/validators.ts');
    imports.value('src/validators.ts', '__checkB');
    imports.value('src/validators/_internal.ts', '__report');
    expect([...imports.valuesFrom('src/validators.ts')]).toEqual(['__checkB']);
    expect([...imports.valuesFrom('src/validators/_internal.ts')]).toEqual(['__report']);
    expect(imports.views().map((view) => view.names)).toEqual(['__report']);
    const merged = new FileImports('src/validators.ts');
    merged.addAll(imports);
    expect([...merged.valuesFrom('src/validators.ts')]).toEqual(['__checkB']);
  });
});

describe('unrecordedCalls (the check below): calls in the code, not words in strings or comments', () => {
  const fragment = (text: string) => ({ file: 'a.ts', text, imports: new FileImports('a.ts') });
  it('finds a call nobody recorded', () => {
    expect(unrecordedCalls([fragment('function isRoot() {}'), fragment('function b() {\n  const x = "isRoot"; // isRoot\n  /* isRoot */ return isRoot(x);\n}')])).toEqual(['b: isRoot']);
  });
  it('finds a helper used but not imported by this fragment (bound only through another one)', () => {
    const helpers = [{ file: 'h.ts', text: 'export function __report() {}\nexport interface __Context {}' }];
    const user = fragment('function d(ctx: __Context) {\n  return __report();\n}');
    expect(unrecordedCalls([user], helpers)).toEqual(['d: __report']);
    user.imports.value('h.ts', '__report');
    expect(unrecordedCalls([user], helpers)).toEqual([]);
  });

  it('passes a name in a string (a property called isRoot) or a comment, and a recorded call', () => {
    expect(unrecordedCalls([fragment('function isRoot() {}'), fragment('function b() {\n  const x = "is\\"Root isRoot"; // isRoot\n}')])).toEqual([]);
    const recorded = fragment('function c() {\n  return isRoot(1);\n}');
    recorded.imports.value('a.ts', 'isRoot');
    expect(unrecordedCalls([fragment('function isRoot() {}'), recorded])).toEqual([]);
  });
});

describe("every call of a validator to another is recorded (so the examples' verdicts follow it)", () => {
  const FIXTURES = join(PROJECT_ROOT, 'test/fixtures/corpus-pages');
  it.each([['the seeds'], ...readdirSync(FIXTURES).sort().map((name) => [name])])('%s', async (name) => {
    const result = name === 'the seeds' ? generateSeeds() : generate((await readInputPages(join(FIXTURES, name, 'input'))).pages, loadTemplates(), DEFAULT_OPTIONS);
    const fragments = validatorFragments(result.model, assignNames(result.model), loadTemplates());
    expect(fragments.length).toBeGreaterThan(0);
    expect(unrecordedCalls(fragments, validatorHelpers(result.files))).toEqual([]);
    // Every validator has a key of its own.
    for (const fragment of fragments) expect(result.validatorKeys.get(fragment.typeNames.validate), fragment.typeNames.validate).toBeDefined();
  });
});
