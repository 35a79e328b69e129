import { describe, expect, it } from 'vitest';
import type { CompiledLookup, CompiledSource } from '../../../generator/emit/compile/compile-package.js';
import { compileSource, compilePackage, distBase, startCompiling } from '../../../generator/emit/compile/compile-package.js';

describe('compileSource: one emitted file to JavaScript and declarations, on its own', () => {
  it('erases types, keeps value imports as written (verbatimModuleSyntax) and doc comments', () => {
    const { js, dts } = compileSource(
      'src/models/a.ts',
      "import type { B } from './b.js';\nimport { c } from './c.js';\n/** The members of A. */\nexport const A = { x: 'x' } as const;\nexport type AOpen = B | (string & {});\n",
    );
    expect(js).toContain('import { c } from "./c.js";');
    expect(js).not.toContain('import type');
    expect(js).toContain('/** The members of A. */');
    expect(dts).toContain('import type { B } from "./b.js";');
    expect(dts).toMatch(/export declare const A: \{\s*readonly x: "x";\s*\};/);
    // `&` binds tighter than `|`: the printer may leave out the parentheses.
    expect(dts).toMatch(/export type AOpen = B \| \(?string & \{\}\)?;/);
  });

  it('leaves @internal helpers out of the declarations, not out of the JavaScript', () => {
    const { js, dts } = compileSource('src/validators/a.ts', '/** @internal */\nexport function __checkA(value: unknown): boolean {\n  return value !== null;\n}\nexport function isA(value: unknown): boolean {\n  return __checkA(value);\n}\n');
    expect(js).toContain('export function __checkA');
    expect(dts).not.toContain('__checkA');
    expect(dts).toContain('export declare function isA(value: unknown): boolean;');
  });

  it.each([
    ['a declaration that needs type information', 'export function f(a: number) { return a + 1; }\n', /src\/x\.ts.*cannot be compiled on its own[\s\S]*TS9007/],
    ['a syntax error', 'export const = 1;\n', /src\/x\.ts.*cannot be compiled on its own[\s\S]*Unexpected token/],
  ])('throws, naming the file, on %s', (_case, text, message) => {
    expect(() => compileSource('src/x.ts', text)).toThrow(message);
  });
});

describe('compilePackage', () => {
  it('compiles every src/**/*.ts to dist/ and nothing else', () => {
    const compiled = compilePackage(new Map([
      ['src/index.ts', "export { A } from './models/a.js';\n"],
      ['src/models/a.ts', 'export const A: number = 1;\n'],
      ['package.json', '{}'],
      ['openapi.json', '{}'],
    ]));
    expect([...compiled.keys()].sort()).toEqual(['dist/index.d.ts', 'dist/index.js', 'dist/models/a.d.ts', 'dist/models/a.js']);
    expect(distBase('src/models/a.ts')).toBe('dist/models/a');
  });
});

describe('startCompiling: compilePackage begun as the sources are emitted', () => {
  const FILES = new Map([
    ['src/validators.ts', 'import type { A } from "./models.js";\nexport function isA(value: unknown): value is A {\n  return typeof value === "number";\n}\n'],
    ['src/models.ts', 'export type A = number;\nexport const enum Kind { One = 1 }\n'],
    ['src/index.ts', "export * from './models.js';\n"],
    ['openapi.json', '{}'],
  ]);

  /** A lookup that remembers what was compiled, and what it was asked for. */
  function recordingLookup(): CompiledLookup & { readonly compiled: string[]; readonly kept: Map<string, CompiledSource> } {
    const kept = new Map<string, CompiledSource>();
    const compiled: string[] = [];
    return {
      kept,
      compiled,
      get: (path, text) => kept.get(`${path}\0${text}`),
      set: (path, text, output) => {
        compiled.push(path);
        kept.set(`${path}\0${text}`, output);
      },
    };
  }

  it('gives what compilePackage gives, in its order, for sources added early, late or not at all', async () => {
    const lookup = recordingLookup();
    const background = startCompiling(lookup);
    background.add(new Map([...FILES].slice(0, 1)));
    background.add(new Map([...FILES].slice(1, 2)));
    const compiled = await background.done(FILES);
    expect([...compiled]).toEqual([...compilePackage(FILES)]);
    expect(lookup.compiled.sort()).toEqual(['src/index.ts', 'src/models.ts', 'src/validators.ts']);
  });

  it('takes what the lookup has, and compiles a source added again with other text as it is now', async () => {
    const lookup = recordingLookup();
    await startCompiling(lookup).done(FILES);
    const background = startCompiling(lookup);
    background.add(FILES);
    const changed = new Map(FILES).set('src/models.ts', 'export type A = string;\n');
    background.add(changed);
    const compiled = await background.done(changed);
    expect([...compiled]).toEqual([...compilePackage(changed)]);
    // Only the changed module was compiled again; the others came from the lookup.
    expect(lookup.compiled.filter((path) => path === 'src/models.ts')).toHaveLength(2);
    expect(lookup.compiled.filter((path) => path === 'src/validators.ts')).toHaveLength(1);
  });

  it('fails as compilePackage fails on a source that cannot be compiled alone, and only when awaited', async () => {
    const broken = new Map(FILES).set('src/broken.ts', 'export function f(value) {\n  return value;\n}\n');
    expect(() => compilePackage(broken)).toThrow(/cannot be compiled on its own/);
    const background = startCompiling();
    background.add(broken);
    // Nothing rejects unobserved in between (vitest fails a run on an unhandled rejection).
    await new Promise((resolve) => setTimeout(resolve, 50));
    await expect(background.done(broken)).rejects.toThrow(/cannot be compiled on its own/);
  });
});
