import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isCompiledCopy, touchQuietly } from './compiled-generator.mjs';

/** The `generator/` folder this module was loaded from: the sources, or a JavaScript copy of them. */
const LOADED_FROM = join(dirname(fileURLToPath(import.meta.url)), '..');

/**
 * Marks the JavaScript copy of md2ts this process runs from (`compiledGenerator`) as used now,
 * so a run of another version does not remove it as stale (unused for a day) while this one
 * still loads workers from it: a watch session left running for days calls it at each run and
 * every hour. Running from the sources, it does nothing.
 */
export function markRunningCopyUsed(generatorDir: string = LOADED_FROM): void {
  if (isCompiledCopy(generatorDir)) touchQuietly(generatorDir);
}
