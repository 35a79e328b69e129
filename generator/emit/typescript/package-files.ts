import type { Render } from '../render/templates.js';
import type { EmittedFiles, PublicExport } from './emitted-files.js';
import { importPath } from './emitted-files.js';
import { indexFile } from './layout.js';

export interface PackageOptions {
  readonly packageName: string;
  readonly packageVersion: string;
}

/**
 * `src/index.ts`: re-exports every public name, type-only names through `export type` so
 * the file transpiles alone (isolatedModules) and erases to plain ESM.
 */
export function emitIndex(exports: readonly PublicExport[], render: Render): EmittedFiles {
  const file = indexFile();
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
      return [
        ...(values.length > 0 ? [`export { ${values.sort().join(', ')} } from '${path}';`] : []),
        ...(types.length > 0 ? [`export type { ${types.sort().join(', ')} } from '${path}';`] : []),
      ];
    });
  return new Map([[file, render('index.ts', { lines })]]);
}

/** The package's own `package.json`, `tsconfig.json` and README: an npm package with no run-time dependencies. */
export function emitPackageFiles(options: PackageOptions, render: Render): EmittedFiles {
  const view = { name: options.packageName, version: options.packageVersion };
  return new Map([
    ['package.json', render('package.json', view)],
    ['tsconfig.json', render('package-tsconfig.json', view)],
    ['README.md', render('package-readme.md', view)],
  ]);
}
