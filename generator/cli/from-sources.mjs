#!/usr/bin/env node
// `npm run generate` and `npm run md2ts`: md2ts from its TypeScript sources on plain Node, with
// no loader in the process. It runs `cli/main` from a JavaScript copy of `generator/`, made
// once per edit of the sources (see `parallel/compiled-generator.mjs`; ~0.2 s, then a hash of
// the sources, ~10 ms a run). Why not tsx: its loader keeps a thread of its own (a V8 isolate)
// for the whole run, ~40 MB of a v1.0 run's peak memory, and it compiles every module again at
// each start. Stack traces name the copy's files, whose lines follow the sources' closely (types
// erased, nothing moved); the tests and `tsx generator/cli/main.ts` still run the sources.
import { dirname, join } from 'node:path';
import process from 'node:process';
import { fileURLToPath, pathToFileURL } from 'node:url';

// As `allocator-settings.ts` says, for Rolldown, which the copy is made with: set before it loads.
process.env['MIMALLOC_PURGE_DELAY'] ??= '0';
const { compiledGenerator } = await import('../parallel/compiled-generator.mjs');
const generatorDir = join(dirname(fileURLToPath(import.meta.url)), '..');
let copy;
try {
  copy = compiledGenerator(generatorDir);
} catch (error) {
  process.stderr.write(`md2ts: cannot run from its sources (their JavaScript copy goes to node_modules/.cache/md2ts/js): ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
}
const { runAsProgram } = await import(pathToFileURL(join(copy, 'cli', 'main.js')).href);
await runAsProgram();
