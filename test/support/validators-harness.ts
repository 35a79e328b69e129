import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ts } from 'ts-morph';
import { compileSource } from '../../generator/emit/compile/compile-package.js';
import type { Names } from '../../generator/emit/naming/assign-names.js';
import type { EmittedFiles } from '../../generator/emit/typescript/emitted-files.js';
import { modelFile } from '../../generator/emit/typescript/layout.js';
import type { ApiModel } from '../../generator/model/index.js';

/** The compiler options md2ts builds the package with, plus every strictness flag a consumer might turn on. */
export const STRICT_OPTIONS: ts.CompilerOptions = {
  target: ts.ScriptTarget.ES2022,
  lib: ['lib.es2022.d.ts'],
  module: ts.ModuleKind.NodeNext,
  moduleResolution: ts.ModuleResolutionKind.NodeNext,
  strict: true,
  isolatedModules: true,
  isolatedDeclarations: true,
  verbatimModuleSyntax: true,
  declaration: true,
  noUncheckedIndexedAccess: true,
  exactOptionalPropertyTypes: true,
  noPropertyAccessFromIndexSignature: true,
  noImplicitReturns: true,
  noFallthroughCasesInSwitch: true,
  noUnusedLocals: true,
  noUnusedParameters: true,
  types: [],
};

/** What the model emitter writes, reduced to what validators import (`import type` of each type). */
export function standInModelFiles(model: ApiModel, names: Names): EmittedFiles {
  const declarations: string[] = [];
  for (const object of model.objects) {
    const own = names.types.get(object.id);
    if (own) declarations.push(`export interface ${own.typeName} {\n  '@odata.type'?: string;\n  [key: string]: unknown;\n}\n`);
  }
  for (const enumType of model.enums) {
    const own = names.types.get(enumType.id);
    if (own) declarations.push(`export type ${own.typeName} = ${enumType.members.map((m) => JSON.stringify(m.name)).join(' | ') || 'never'};\n`);
  }
  return new Map([[modelFile(), declarations.join('')]]);
}

/** A validator as the tests call it: the emitted code is untyped once imported at run time. */
export type LoadedFunction = (value: unknown, options?: { acceptEvolvableMembers?: boolean }) => unknown;

/**
 * Compiles each emitted `.ts` on its own (with md2ts's own `compileSource`), writes the `.js`
 * to a fresh temp folder and imports every validator module: name → exported function. The
 * folder is removed once imported (the modules stay loaded).
 */
export async function loadValidators(files: EmittedFiles): Promise<ReadonlyMap<string, LoadedFunction>> {
  const dir = mkdtempSync(join(tmpdir(), 'md2ts-validators-'));
  writeFileSync(join(dir, 'package.json'), '{ "type": "module" }');
  const modules: string[] = [];
  try {
    for (const [path, text] of files) {
      if (!path.endsWith('.ts')) continue;
      const out = join(dir, path.replace(/\.ts$/, '.js'));
      mkdirSync(dirname(out), { recursive: true });
      writeFileSync(out, compileSource(path, text).js);
      if (path.startsWith('src/validators')) modules.push(out);
    }
    const loaded = new Map<string, LoadedFunction>();
    for (const file of modules) {
      const exports = (await import(pathToFileURL(file).href)) as Record<string, unknown>;
      for (const [name, value] of Object.entries(exports)) if (typeof value === 'function') loaded.set(name, value as LoadedFunction);
    }
    return loaded;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
