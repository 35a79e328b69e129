import { dirname, extname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { compiledGenerator } from './compiled-generator.mjs';

/** `generator/` (or `dist/generator/`): this module sits in its `parallel/` folder. */
const GENERATOR_DIR = join(dirname(fileURLToPath(import.meta.url)), '..');

/**
 * What a worker thread runs for a module of md2ts (`entry`, relative to this module, without
 * extension): plain JavaScript either way, so a worker never loads tsx.
 * - Built (`dist/`): the module's `.js` file beside this one.
 * - Run from a JavaScript copy of the sources (`npm run generate`: see `cli/from-sources.mjs`):
 *   the module's `.js` file beside this one in that copy, as in `dist/`.
 * - From the TypeScript sources themselves (the tests, or tsx): the same module in that copy,
 *   made when missing (see `compiledGenerator`).
 *
 * Why: a worker that imports the sources through tsx starts its own loader-hooks thread and
 * transpiles every module again, ~30 MB more per worker (two workers: +108 MB over the main
 * thread, against +46 MB for the same workers on JavaScript), a tenth of a v1.0 run's peak.
 */
export function workerScript(entry: string): URL {
  const extension = extname(fileURLToPath(import.meta.url));
  const module = fileURLToPath(new URL(`${entry}${extension}`, import.meta.url));
  if (extension !== '.ts') return pathToFileURL(module);
  return pathToFileURL(join(compiledGenerator(GENERATOR_DIR), relative(GENERATOR_DIR, module).replace(/\.ts$/, '.js')));
}
