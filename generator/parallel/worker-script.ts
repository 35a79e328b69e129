import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, extname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { transformSync } from 'rolldown/utils';
import { codeVersion } from '../cache/code-version.js';

/** `generator/` (or `dist/generator/`): this module sits in its `parallel/` folder. */
const GENERATOR_DIR = join(dirname(fileURLToPath(import.meta.url)), '..');

/**
 * What a worker thread runs for a module of md2ts (`entry`, relative to this module, without
 * extension): plain JavaScript either way, so a worker never loads tsx.
 * - Built (`dist/`): the module's `.js` file beside this one.
 * - From the TypeScript sources (`npm run generate` runs them through tsx): the same module in
 *   a JavaScript copy of `generator/`, compiled once per version of the sources (see
 *   `compiledGenerator`).
 *
 * Why: a worker that imports the sources through tsx starts its own loader-hooks thread and
 * transpiles every module again, ~30 MB more per worker (two workers: +108 MB over the main
 * thread, against +46 MB for the same workers on JavaScript), a tenth of a v1.0 run's peak.
 */
export function workerScript(entry: string): URL {
  const extension = extname(fileURLToPath(import.meta.url));
  const module = fileURLToPath(new URL(`${entry}${extension}`, import.meta.url));
  if (extension !== '.ts') return pathToFileURL(module);
  return pathToFileURL(join(compiledGenerator(), relative(GENERATOR_DIR, module).replace(/\.ts$/, '.js')));
}

/** Every `.ts` file below `dir`, relative to it. */
function sourcesBelow(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.ts'))
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)))
    .sort();
}

/**
 * A JavaScript copy of `generator/` (every module transpiled on its own by oxc, as the package's
 * own `dist/` is compiled, types dropped, imports kept), in md2ts's `node_modules/.cache`, so a
 * package import resolves to the very files the main thread loads. Named by a hash of the
 * sources, so it is never stale and is made once per edit of md2ts (~0.2 s), not per run; made
 * in a folder of its own and renamed into place, so a run that reads it never sees half of it
 * (two runs making it at once both make the same files, and the second rename simply loses).
 * Older copies are removed when a new one is made.
 */
function compiledGenerator(): string {
  const root = join(GENERATOR_DIR, '..', 'node_modules', '.cache', 'md2ts', 'worker-js');
  const target = join(root, codeVersion(['.'], []));
  if (existsSync(target)) return target;
  const staging = `${target}.${process.pid}-${randomBytes(4).toString('hex')}`;
  for (const file of sourcesBelow(GENERATOR_DIR)) {
    const result = transformSync(file, readFileSync(join(GENERATOR_DIR, file), 'utf8'), { lang: 'ts', sourceType: 'module', target: 'es2022', sourcemap: false });
    const problem = result.errors[0];
    if (problem) throw new Error(`cannot compile generator/${file} for a worker thread: ${problem.message.split('\n')[0] ?? ''}`);
    const out = join(staging, file.replace(/\.ts$/, '.js'));
    mkdirSync(dirname(out), { recursive: true });
    writeFileSync(out, result.code);
  }
  // Outside any package of its own (`node_modules` ends the search for one): say these are ES modules.
  writeFileSync(join(staging, 'package.json'), '{ "type": "module" }\n');
  try {
    renameSync(staging, target);
  } catch (error) {
    rmSync(staging, { recursive: true, force: true });
    if (!existsSync(target)) throw error;
  }
  // Finished copies only: a name with a dot is another run's copy in the making.
  for (const old of readdirSync(root)) if (!old.includes('.') && join(root, old) !== target) rmSync(join(root, old), { recursive: true, force: true });
  return target;
}
