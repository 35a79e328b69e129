import type { Render } from '../render/templates.js';
import type { EmittedFiles, PublicExport } from './emitted-files.js';
import { importPath } from './emitted-files.js';
import { indexFile } from './layout.js';

export interface PackageOptions {
  readonly packageName: string;
  readonly packageVersion: string;
}

/**
 * `src/index.ts`: re-exports every public name: a module whose exports are all public
 * (`publicModules`) whole, others name by name, type-only names through `export type` so
 * the file transpiles alone (isolatedModules) and erases to plain ESM.
 */
export function emitIndex(exports: readonly PublicExport[], publicModules: readonly string[], render: Render): EmittedFiles {
  const file = indexFile();
  const whole = new Set(publicModules);
  const byFile = new Map<string, { values: string[]; types: string[] }>();
  for (const item of exports) {
    const entry = byFile.get(item.file) ?? { values: [], types: [] };
    (item.typeOnly ? entry.types : entry.values).push(item.name);
    byFile.set(item.file, entry);
  }
  const lines = [...byFile]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .flatMap(([from, { values, types }]) => {
      const path = importPath(file, from);
      if (whole.has(from)) return [`export * from '${path}';`];
      return [
        ...(values.length > 0 ? [`export { ${values.sort().join(', ')} } from '${path}';`] : []),
        ...(types.length > 0 ? [`export type { ${types.sort().join(', ')} } from '${path}';`] : []),
      ];
    });
  return new Map([[file, render('index.ts', { lines })]]);
}

/** Which parts a run emitted: the package's README and `package.json` describe only those. */
export interface PackageContents {
  readonly models: boolean;
  readonly validators: boolean;
  readonly operations: boolean;
  readonly openApi: boolean;
  /** Value names the README's import line shows, taken from what was emitted (never a fixed name). */
  readonly exampleImports: readonly string[];
}

/** The package's own `package.json`, `tsconfig.json` and README: an npm package with no run-time dependencies. */
export function emitPackageFiles(options: PackageOptions, contents: PackageContents, render: Render): EmittedFiles {
  const view = { name: options.packageName, version: options.packageVersion, ...contents, exampleImports: contents.exampleImports.join(', ') };
  return new Map([
    ['package.json', render('package.json', view)],
    ['tsconfig.json', render('package-tsconfig.json', view)],
    ['README.md', render('package-readme.md', view)],
  ]);
}

/**
 * The README's import line: `createClient` and one validator, `preferred` (the validator of
 * the richest object type) when it was emitted, else the first; all from the emitted exports.
 */
export function exampleImports(exports: readonly PublicExport[], preferred: string | undefined): string[] {
  const values = exports.filter((e) => !e.typeOnly).map((e) => e.name);
  const validator = preferred !== undefined && values.includes(preferred) ? preferred : values.filter((name) => /^validate[A-Z]/.test(name)).sort()[0];
  return [...(values.includes('createClient') ? ['createClient'] : []), ...(validator !== undefined ? [validator] : [])];
}
