import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { ApiModel } from '../model/index.js';
import { assignNames } from '../emit/naming/assign-names.js';
import type { Validate, ValidatorFor } from '../examples/validate-examples.js';

/**
 * Loads the validators of a package md2ts just emitted (in memory) by writing its `dist/` to
 * a scratch folder and importing it: the docs' examples are checked with exactly the code
 * consumers get, not a re-implementation. The folder is removed once imported.
 */
export async function loadEmittedValidators(model: ApiModel, files: ReadonlyMap<string, string>): Promise<ValidatorFor> {
  const dir = await mkdtemp(join(tmpdir(), 'md2ts-validators-'));
  try {
    for (const [path, text] of files) {
      // Only what `import` loads: the declarations (half of dist/) would be written for nothing.
      if (!(path.startsWith('dist/') && path.endsWith('.js')) && path !== 'package.json') continue;
      await mkdir(dirname(join(dir, path)), { recursive: true });
      await writeFile(join(dir, path), text);
    }
    const module = (await import(pathToFileURL(join(dir, 'dist', 'index.js')).href)) as Record<string, unknown>;
    const names = assignNames(model);
    return (typeId) => {
      const name = names.types.get(typeId)?.validate;
      const found = name === undefined ? undefined : module[name];
      return typeof found === 'function' ? (found as Validate) : undefined;
    };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
