import { describe, expect, it } from 'vitest';
import { compileSource, compilePackage, distBase } from '../../../generator/emit/compile/compile-package.js';

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
