// A JavaScript copy of md2ts's own TypeScript sources, for running them on plain Node. Written
// in JavaScript because its first user, `cli/from-sources.mjs`, runs before any TypeScript can
// be loaded; `worker-script.ts` uses it too (typed through its JSDoc: `checkJs`).
import { createHash, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname, join, relative } from 'node:path';
import process from 'node:process';
import { pathToFileURL } from 'node:url';
import { transformSync } from 'rolldown/utils';
import { oxcProblem } from '../emit/compile/oxc-problem.mjs';

/** Copies of other source versions unused for this long are removed when a new copy is made (one is ~2 MB). */
const STALE_COPY_MS = 24 * 60 * 60 * 1000;

/**
 * The compiler, by name and version: a copy made by another version of it is another copy.
 * Asked only when a copy is wanted (never in `dist/`), and never fatal: not every release of a
 * package need export its `package.json`.
 * @returns {string}
 */
function compilerId() {
  try {
    return `rolldown@${createRequire(import.meta.url)('rolldown/package.json').version}`;
  } catch {
    return 'rolldown@?';
  }
}

/**
 * Every module below `dir` (relative to it, `/`-separated) with its text, in path order: the
 * TypeScript sources, and the few modules written in JavaScript (this one, which the copy needs
 * as much as the sources do: `worker-script.ts` imports it).
 * @param {string} dir
 * @returns {[string, string][]}
 */
function readSources(dir) {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && (entry.name.endsWith('.mjs') || (entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts'))))
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split('\\').join('/'))
    .sort()
    .map((file) => [file, readFileSync(join(dir, file), 'utf8')]);
}

/**
 * Removes a folder if it can; a leftover is harmless, and a failed cleanup must not fail the run.
 * @param {string} path
 */
function removeQuietly(path) {
  try {
    // Renamed out of the way first: a run never finds a copy half-removed under its own name.
    const trash = `${path}.removed-${process.pid}-${randomBytes(4).toString('hex')}`;
    renameSync(path, trash);
    rmSync(trash, { recursive: true, force: true });
  } catch {
    // left for a later run
  }
}

/**
 * Whether `dir` is a copy `compiledGenerator` made (it alone writes a package.json into the
 * `generator/` folder it makes: the sources have none).
 * @param {string} dir
 * @returns {boolean}
 */
export function isCompiledCopy(dir) {
  return existsSync(join(dir, 'package.json'));
}

/**
 * Marks a folder as used now; a failure (a read-only `node_modules`) costs only that mark.
 * @param {string} path
 */
export function touchQuietly(path) {
  try {
    const now = new Date();
    utimesSync(path, now, now);
  } catch {
    // the copy is still there to run
  }
}

/**
 * One of md2ts's modules as JavaScript, with a source map to it (`from-sources.mjs` turns
 * source maps on, so a stack trace names the TypeScript file and line): types erased and only
 * `import type` imports removed (as `verbatimModuleSyntax` writes them), by oxc, as
 * `emit/compile/compile-package.ts` compiles the generated package (which also needs
 * declarations). A module oxc cannot compile alone is md2ts's bug, so it throws.
 * @param {string} generatorDir
 * @param {string} file the module, relative to `generatorDir`
 * @param {string} text
 * @returns {{ js: string; map: string }}
 */
function transpile(generatorDir, file, text) {
  const source = join(generatorDir, file);
  const result = transformSync(source, text, { lang: 'ts', sourceType: 'module', target: 'es2022', sourcemap: true, typescript: { onlyRemoveTypeImports: true } });
  const problem = result.errors[0];
  if (problem) {
    const { place, what } = oxcProblem(problem, `generator/${file}`);
    throw new Error(`cannot compile ${place} to JavaScript: ${what}`);
  }
  // The map points at the source file by URL (any platform) and leaves its text there.
  const map = { ...result.map, sources: [pathToFileURL(source).href], sourcesContent: undefined };
  const js = `${result.code}\n//# sourceMappingURL=${basename(file).replace(/\.ts$/, '.js.map')}\n`;
  return { js, map: JSON.stringify(map) };
}

/**
 * The folder of a JavaScript copy of `generatorDir` (every module transpiled on its own, imports
 * kept; its JavaScript modules as they are), made in md2ts's own `node_modules/.cache/md2ts/js/`,
 * so a package import in the copy resolves to the very files the sources would load. It is
 * named by a hash of the texts it was compiled from (this builder's among them), of their
 * folder and of the compiler's version, so it is never stale and is made once per edit of md2ts
 * (~0.3 s), not per run. It is made in a folder of its own and renamed into place, so a run
 * that reads it never sees half of it; two runs making it at once make the same files, and the
 * second rename simply loses. A copy is marked (its time) each time a run starts from it, and
 * copies of other versions are removed once unused for a day. A watch session marks its copy
 * at each run and every hour (`markRunningCopyUsed`), so one left running on an older version,
 * busy or idle, keeps it.
 * @param {string} generatorDir md2ts's `generator/` folder
 * @returns {string}
 */
export function compiledGenerator(generatorDir) {
  const root = join(generatorDir, '..', 'node_modules', '.cache', 'md2ts', 'js');
  const sources = readSources(generatorDir);
  // The folder is hashed too: the source maps name the sources by their place.
  const hash = createHash('sha256').update(compilerId()).update('\0').update(generatorDir).update('\0');
  for (const [file, text] of sources) hash.update(file).update('\0').update(text).update('\0');
  const target = join(root, hash.digest('hex').slice(0, 16));
  if (existsSync(target)) {
    // Marked as used, so another version's run does not take it for stale while this one runs from it.
    touchQuietly(target);
    return target;
  }
  const staging = `${target}.${process.pid}-${randomBytes(4).toString('hex')}`;
  try {
    for (const [file, text] of sources) {
      const out = join(staging, file.replace(/\.ts$/, '.js'));
      mkdirSync(dirname(out), { recursive: true });
      if (!file.endsWith('.ts')) writeFileSync(out, text);
      else {
        const { js, map } = transpile(generatorDir, file, text);
        writeFileSync(out, js);
        writeFileSync(`${out}.map`, map);
      }
    }
    // Outside any package of its own (`node_modules` ends Node's search for one): say these are
    // ES modules. `sources` tells `cache/code-version.ts` which files the copy was made from, so
    // a run from the copy and one from the sources (the tests) key their caches alike.
    writeFileSync(join(staging, 'package.json'), `${JSON.stringify({ type: 'module', md2ts: { sources: generatorDir } })}\n`);
    renameSync(staging, target);
  } catch (error) {
    removeQuietly(staging);
    if (!existsSync(target)) throw error;
  }
  for (const other of readdirSync(root)) {
    const path = join(root, other);
    const used = statSync(path, { throwIfNoEntry: false })?.mtimeMs;
    if (path !== target && used !== undefined && Date.now() - used > STALE_COPY_MS) removeQuietly(path);
  }
  // Where md2ts kept its workers' copies before this folder.
  if (existsSync(join(root, '..', 'worker-js'))) removeQuietly(join(root, '..', 'worker-js'));
  return target;
}
