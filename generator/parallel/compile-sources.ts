import type { CompiledFile, GenerateCaches } from '../cache/generate-caches.js';
import { compiledKey } from '../cache/generate-caches.js';
import { compileSource, distBase } from '../emit/compile/compile-package.js';
import type { EmittedFiles } from '../emit/typescript/emitted-files.js';

const isSource = (path: string): boolean => path.startsWith('src/') && path.endsWith('.ts');

/**
 * The package's `dist/`: what `compilePackage` makes of `src/`, taking each file's output from
 * the cache when the same path and text were compiled before, and compiling the rest here
 * (a few hundred milliseconds for the v1.0 pages' package: not worth a worker's copying).
 */
export function compileSources(sources: EmittedFiles, cache: GenerateCaches['compiled']): EmittedFiles {
  const compiled: EmittedFiles = new Map();
  for (const [path, text] of sources) {
    if (!isSource(path)) continue;
    const key = compiledKey(path, text);
    let output: CompiledFile | undefined = cache.get(key);
    if (!output) {
      output = compileSource(path, text);
      cache.set(key, output);
    }
    compiled.set(`${distBase(path)}.js`, output.js);
    compiled.set(`${distBase(path)}.d.ts`, output.dts);
  }
  return compiled;
}
