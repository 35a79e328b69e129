import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, extname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

/** `generator/`, `dist/generator/`, or a JavaScript copy of `generator/`: this module sits in its `cache/` folder. */
const HERE = join(dirname(fileURLToPath(import.meta.url)), '..');

/**
 * The sources of a JavaScript copy of `generator/` (`parallel/compiled-generator.mjs` names them
 * in the copy's `package.json`): a run from the copy hashes the very files a run from the
 * sources does (the tests), so the two share one cache instead of each wiping the other's packs.
 */
function copiedFrom(dir: string): string | undefined {
  try {
    const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { md2ts?: { sources?: unknown } };
    return typeof manifest.md2ts?.sources === 'string' ? manifest.md2ts.sources : undefined;
  } catch {
    return undefined;
  }
}

/** The folder whose files are md2ts's code: the sources of a copy, else where this module is. */
const GENERATOR_DIR = copiedFrom(HERE) ?? HERE;

/** `.ts` for the sources (run through tsx, or copied), `.js` in `dist/`: the extension of the files in GENERATOR_DIR. */
const MODULE_EXTENSION = GENERATOR_DIR === HERE ? extname(fileURLToPath(import.meta.url)) : '.ts';

/** The files of a folder, or the one module a part names without its extension (`parallel/parse-pages`). */
function filesBelow(path: string): string[] {
  if (!statSync(path, { throwIfNoEntry: false })?.isDirectory()) return [`${path}${MODULE_EXTENSION}`];
  return readdirSync(path, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

/** The version of an installed package, found from its entry point (not every package exports its package.json). */
function packageVersion(name: string): string {
  try {
    for (let dir = dirname(fileURLToPath(import.meta.resolve(name))); dirname(dir) !== dir; dir = dirname(dir)) {
      const manifest = statSync(join(dir, 'package.json'), { throwIfNoEntry: false }) ? (JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { name?: string; version?: string }) : undefined;
      if (manifest?.name === name) return manifest.version ?? '?';
    }
  } catch {
    // not resolvable from here: the name alone still keys the cache
  }
  return '?';
}

/** md2ts's own version, from the package.json above this module. */
function toolVersion(): string {
  for (let dir = GENERATOR_DIR; dirname(dir) !== dir; dir = dirname(dir)) {
    try {
      const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { name?: string; version?: string };
      if (manifest.name === 'md2ts') return manifest.version ?? '?';
    } catch {
      // no package.json here: keep walking up
    }
  }
  return '?';
}

/**
 * A hash of the code that decides a cached result: every file of the given `generator/`
 * folders or modules (named without extension) (the sources, or the JavaScript in `dist/`), the versions of the packages it
 * runs on, md2ts's own version and V8's (whose serializer writes the packs). Any edit to that
 * code gives a new version, so a cache written by other code is never read back.
 */
export function codeVersion(parts: readonly string[], packages: readonly string[]): string {
  const hash = createHash('sha256').update(`md2ts ${toolVersion()}\0v8 ${process.versions.v8}\0`);
  for (const part of parts) {
    for (const file of filesBelow(join(GENERATOR_DIR, part))) {
      hash.update(relative(GENERATOR_DIR, file).split('\\').join('/')).update('\0').update(readFileSync(file)).update('\0');
    }
  }
  for (const name of packages) hash.update(`${name}@${packageVersion(name)}\0`);
  return hash.digest('hex').slice(0, 16);
}

/** The cache key of one input: a hash of everything the cached result depends on besides the code. */
export function contentKey(...parts: readonly string[]): string {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(part).update('\0');
  return hash.digest('hex').slice(0, 32);
}
