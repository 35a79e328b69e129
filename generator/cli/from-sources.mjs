#!/usr/bin/env node
// `npm run generate` and `npm run md2ts`: md2ts from its TypeScript sources on plain Node, with
// no loader in the process. It runs `cli/main` from a JavaScript copy of `generator/`, made
// once per edit of the sources (see `parallel/compiled-generator.mjs`; ~0.2 s, then a hash of
// the sources, ~10 ms a run). Why not tsx: its loader keeps a thread of its own (a V8 isolate)
// for the whole run, ~25-45 MB of a v1.0 run's peak memory, and it compiles every module again
// at each start. Stack traces name the TypeScript files and lines, through the copy's source
// maps; the tests and `tsx generator/cli/main.ts` still run the sources themselves.
// First: settings Rolldown (which makes the copy) reads when it loads.
import './allocator-settings.mjs';
import { dirname, join } from 'node:path';
import process from 'node:process';
import { fileURLToPath, pathToFileURL } from 'node:url';

const generatorDir = join(dirname(fileURLToPath(import.meta.url)), '..');
let copy;
try {
  const { compiledGenerator } = await import('../parallel/compiled-generator.mjs');
  copy = compiledGenerator(generatorDir);
} catch (error) {
  process.stderr.write(`md2ts: cannot run from its sources (their JavaScript copy goes to node_modules/.cache/md2ts/js): ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
}
process.setSourceMapsEnabled(true);
/** @type {{ runAsProgram: () => Promise<void> }} */
let cli;
try {
  cli = await import(pathToFileURL(join(copy, 'cli', 'main.js')).href);
} catch (error) {
  // A package it needs is not installed (no `npm ci` yet): one line, as above. Anything else is md2ts's bug, with its stack.
  if (/** @type {NodeJS.ErrnoException} */ (error).code !== 'ERR_MODULE_NOT_FOUND') throw error;
  process.stderr.write(`md2ts: cannot run from its sources: ${/** @type {Error} */ (error).message} (run \`npm ci\` first)\n`);
  process.exit(1);
}
await cli.runAsProgram();
