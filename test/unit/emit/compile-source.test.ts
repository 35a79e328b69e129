import { describe, expect, it } from 'vitest';
import type { CompiledSource } from '../../../generator/emit/compile/compile-package.js';
import { compilePackage, compilePackageAsync, compileSource, distBase } from '../../../generator/emit/compile/compile-package.js';
import { generateSeeds } from '../../support/seeds.js';

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

describe('compilePackageAsync: compilePackage off this thread', () => {
  const sources = (files: ReadonlyMap<string, string>) => new Map([...files].filter(([path]) => !path.startsWith('dist/')));

  it('gives what compilePackage gives, in the same order', async () => {
    const seeds = sources(generateSeeds().files);
    const [together, one] = [await compilePackageAsync(seeds), compilePackage(seeds)];
    expect([...together.keys()]).toEqual([...one.keys()]);
    for (const [path, text] of one) expect(together.get(path), path).toBe(text);
  });

  it('compiles only what the lookup does not have, and tells it the rest', async () => {
    const known: CompiledSource = { js: 'known js', dts: 'known dts' };
    const stored: string[] = [];
    const compiled = await compilePackageAsync(
      new Map([
        ['src/a.ts', 'export const A: number = 1;\n'],
        ['src/b.ts', 'export const B: number = 2;\n'],
      ]),
      { get: (path) => (path === 'src/a.ts' ? known : undefined), set: (path) => void stored.push(path) },
    );
    expect(compiled.get('dist/a.js')).toBe('known js');
    expect(compiled.get('dist/b.js')).toContain('export const B = 2;');
    expect(stored).toEqual(['src/b.ts']);
  });

  it('rejects, naming the file, as compileSource throws', async () => {
    await expect(compilePackageAsync(new Map([['src/x.ts', 'export const = 1;\n']]))).rejects.toThrow(/src\/x\.ts.*cannot be compiled on its own/);
  });
});
