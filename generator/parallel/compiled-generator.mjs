// A JavaScript copy of md2ts's own TypeScript sources, for running them on plain Node. Written
// in JavaScript because its first user, `cli/from-sources.mjs`, runs before any TypeScript can
// be loaded; `worker-script.ts` uses it too (types in `compiled-generator.d.mts`).
import { createHash, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import process from 'node:process';
import { stripVTControlCharacters } from 'node:util';
import { transformSync } from 'rolldown/utils';

/** Copies of other source versions older than this are removed when a new copy is made. */
const STALE_COPY_MS = 60 * 60 * 1000;

/** The compiler, by name and version: a copy made by another version of it is another copy. */
const COMPILER = `rolldown@${createRequire(import.meta.url)('rolldown/package.json').version}`;

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
    rmSync(path, { recursive: true, force: true });
  } catch {
    // left for a later run
  }
}

/**
 * Marks a folder as used now; a failure (a read-only `node_modules`) costs only that mark.
 * @param {string} path
 */
function touchQuietly(path) {
  try {
    const now = new Date();
    utimesSync(path, now, now);
  } catch {
    // the copy is still there to run
  }
}

/**
 * One of md2ts's modules as JavaScript: types erased and only `import type` imports removed (as
 * `verbatimModuleSyntax` writes them), by oxc, as `emit/compile/compile-package.ts` compiles the
 * generated package. A module oxc cannot compile alone is md2ts's bug, so it throws.
 * @param {string} file
 * @param {string} text
 * @returns {string}
 */
function transpile(file, text) {
  const result = transformSync(file, text, { lang: 'ts', sourceType: 'module', target: 'es2022', sourcemap: false, typescript: { onlyRemoveTypeImports: true } });
  const problem = result.errors[0];
  if (problem) {
    // The message is a colored code frame; its first line says what is wrong, `loc` where.
    const what = stripVTControlCharacters(problem.message).split('\n')[0]?.replace(/^\[\w+\]\s*/, '') ?? '';
    const loc = /** @type {{ loc?: { line: number; column: number } }} */ (problem).loc;
    throw new Error(`cannot compile generator/${file}${loc ? `:${loc.line}:${loc.column + 1}` : ''} to JavaScript: ${what}`);
  }
  return result.code;
}

/**
 * The folder of a JavaScript copy of `generatorDir` (every module transpiled on its own, imports
 * kept; its JavaScript modules as they are), made in md2ts's own `node_modules/.cache/md2ts/js/`, so a package import in the copy
 * resolves to the very files the sources would load. It is named by a hash of the texts it was
 * compiled from (this builder's among them) and of the compiler's version, so it is never stale and is made once
 * per edit of md2ts (~0.2 s), not per run. It is made in a folder of its own and renamed into
 * place, so a run that reads it never sees half of it; two runs making it at once make the same
 * files, and the second rename simply loses. Copies of other versions are removed once unused
 * for an hour (a run of another checkout sharing this `node_modules` may still be using one).
 * @param {string} generatorDir md2ts's `generator/` folder
 * @returns {string}
 */
export function compiledGenerator(generatorDir) {
  const root = join(generatorDir, '..', 'node_modules', '.cache', 'md2ts', 'js');
  const sources = readSources(generatorDir);
  const hash = createHash('sha256').update(COMPILER).update('\0');
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
      writeFileSync(out, file.endsWith('.ts') ? transpile(file, text) : text);
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
