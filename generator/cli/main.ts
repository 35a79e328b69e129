#!/usr/bin/env node
// First: settings the dependencies read when they load.
import './allocator-settings.mjs';
import { readFileSync, realpathSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Command, CommanderError } from 'commander';
import type { Console } from './console.js';
import { streamConsole } from './console.js';
import { diffCommand } from './diff-program.js';
import { generateCommand } from './generate-program.js';
import { UsageError } from './read-input.js';
import { listenToParent, runRelaunched, watchRelaunchArgs } from './watch-relaunch.js';

function toolVersion(): string {
  for (let dir = dirname(fileURLToPath(import.meta.url)); dirname(dir) !== dir; dir = dirname(dir)) {
    try {
      const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { name?: string; version?: string };
      if (pkg.name === 'md2ts') return pkg.version ?? '0.0.0';
    } catch {
      // not here: keep walking up
    }
  }
  return '0.0.0';
}

/** The command line: parsing only; each command's options live in its own `*-program.ts`, its work in `*-command.ts`. */
export function buildProgram(version: string, console: Console, setExitCode: (code: number) => void, parentStop?: Promise<void>): Command {
  const program = new Command('md2ts')
    .description('Generate a TypeScript package (interfaces, enums, validators, request functions, OpenAPI 3.1) from API reference Markdown, and compare two versions of one.')
    .version(version)
    .exitOverride()
    // Help and usage errors go through the injected console too, so tests read them like any other output.
    .configureOutput({ writeOut: (text) => console.out(text.replace(/\n$/, '')), writeErr: (text) => console.err(text.replace(/\n$/, '')) });
  // addCommand does not pass on exitOverride and configureOutput: copied, so a usage error in a subcommand exits 2 too.
  program.addCommand(generateCommand(version, console, setExitCode, parentStop).copyInheritedSettings(program));
  program.addCommand(diffCommand(console, setExitCode).copyInheritedSettings(program));
  return program;
}

/**
 * Runs the CLI; usage errors exit 2 with one clear message, never a stack trace. `parentStop`
 * resolves when the process that relaunched this one asks a watch session to stop (`listenToParent`).
 */
export async function main(argv: readonly string[], console: Console = streamConsole(process.stdout, process.stderr, process.env), parentStop?: Promise<void>): Promise<number> {
  let exitCode = 0;
  const program = buildProgram(
    toolVersion(),
    console,
    (code) => {
      exitCode = code;
    },
    parentStop,
  );
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return exitCode;
  } catch (error) {
    console.endProgress();
    if (error instanceof CommanderError) {
      // --help and --version end here with code 0; commander already printed their text.
      return error.exitCode === 0 ? 0 : 2;
    }
    if (error instanceof UsageError) {
      console.err(`md2ts: ${error.message}`);
      return 2;
    }
    const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
    console.err(`md2ts: internal error, please report it with the input that caused it:\n${message}`);
    return 1;
  }
}

/**
 * Runs the CLI as this process's program. Output piped into a reader that stops early
 * (`md2ts generate --help | head`, `md2ts generate 2>&1 | head`) ends the run quietly, as any
 * command-line tool does, not with an unhandled EPIPE error: nobody is left to read the rest.
 */
export async function runAsProgram(): Promise<void> {
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code !== 'EPIPE') throw error;
      process.exit(process.exitCode ?? 0);
    });
  }
  const userArgs = process.argv.slice(2);
  // `generate --watch` runs in a child process with a bigger nursery (see watch-relaunch.ts), unless it could not start.
  const relaunch = watchRelaunchArgs(userArgs, process.execArgv, process.argv[1], process.env);
  const ended = relaunch === undefined ? undefined : await runRelaunched(relaunch);
  if (ended !== undefined && 'signal' in ended) {
    // Ended by a signal: so is this process, as shells and npm expect (the forwarding listeners are gone).
    process.kill(process.pid, ended.signal);
    return;
  }
  process.exitCode = ended?.code ?? (await main(userArgs, undefined, listenToParent(process.env)));
}

// Run when started as a program (the npm bin is a symlink to this file), not when imported by
// tests; `from-sources.mjs` calls `runAsProgram` itself.
if (process.argv[1] !== undefined && realpathSync(fileURLToPath(import.meta.url)) === realpathSync(process.argv[1])) {
  await runAsProgram();
}
