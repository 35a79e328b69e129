import { createHash, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, extname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { codeVersion } from '../cache/code-version.js';
import { transpileModule } from '../emit/compile/compile-package.js';

/** `generator/` (or `dist/generator/`): this module sits in its `parallel/` folder. */
const GENERATOR_DIR = join(dirname(fileURLToPath(import.meta.url)), '..');

/** Copies of other source versions older than this are removed when a new copy is made. */
const STALE_COPY_MS = 60 * 60 * 1000;

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

/** Every `.ts` file below `dir` (relative to it, `/`-separated) with its text, in path order. */
function readSources(dir: string): [string, string][] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.ts'))
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split('\\').join('/'))
    .sort()
    .map((file) => [file, readFileSync(join(dir, file), 'utf8')]);
}

/** Removes a folder if it can; a leftover is harmless, and a failed cleanup must not fail the run. */
function removeQuietly(path: string): void {
  try {
    rmSync(path, { recursive: true, force: true });
  } catch {
    // left for a later run
  }
}

/**
 * A JavaScript copy of `generator/` (every module transpiled on its own, as `transpileModule`
 * does the package's: types dropped, imports kept) in md2ts's own `node_modules/.cache`, so a package import resolves to the very
 * files the main thread loads. It is named by a hash of the texts it was compiled from (and of
 * the compiler's version), so it is never stale and is made once per edit of md2ts (~0.2 s),
 * not per run. It is made in a folder of its own and renamed into place, so a run that reads
 * it never sees half of it; two runs making it at once make the same files, and the second
 * rename simply loses. Copies of other versions are removed once they are an hour old (a run
 * of another checkout sharing this `node_modules` may still be using a younger one).
 */
function compiledGenerator(): string {
  const root = join(GENERATOR_DIR, '..', 'node_modules', '.cache', 'md2ts', 'worker-js');
  const sources = readSources(GENERATOR_DIR);
  const hash = createHash('sha256').update(codeVersion([], ['rolldown']));
  for (const [file, text] of sources) hash.update(file).update('\0').update(text).update('\0');
  const target = join(root, hash.digest('hex').slice(0, 16));
  if (existsSync(target)) return target;
  const staging = `${target}.${process.pid}-${randomBytes(4).toString('hex')}`;
  try {
    for (const [file, text] of sources) {
      const out = join(staging, file.replace(/\.ts$/, '.js'));
      mkdirSync(dirname(out), { recursive: true });
      writeFileSync(out, transpileModule(file, text, false, (place, what) => `cannot compile generator/${place} for a worker thread: ${what}`).js);
    }
    // Outside any package of its own (`node_modules` ends Node's search for one): say these are ES modules.
    writeFileSync(join(staging, 'package.json'), '{ "type": "module" }\n');
    renameSync(staging, target);
  } catch (error) {
    removeQuietly(staging);
    if (!existsSync(target)) throw error;
  }
  for (const other of readdirSync(root)) {
    const path = join(root, other);
    const made = statSync(path, { throwIfNoEntry: false })?.mtimeMs;
    if (path !== target && made !== undefined && Date.now() - made > STALE_COPY_MS) removeQuietly(path);
  }
  return target;
}
