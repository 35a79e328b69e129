#!/usr/bin/env node
import { readFileSync, realpathSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import type { ReportFormat } from './generate-command.js';
import { runGenerate } from './generate-command.js';
import { UsageError } from './read-input.js';

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

function parseFormat(value: string): ReportFormat {
  if (value === 'text' || value === 'json' || value === 'sarif') return value;
  throw new InvalidArgumentError('expected text, json or sarif');
}

/** The command line: parsing only; each command's work lives in its own module. */
export function buildProgram(version: string, setExitCode: (code: number) => void): Command {
  const program = new Command('md2ts')
    .description('Generate a TypeScript package (interfaces, enums, validators, request functions, OpenAPI 3.1) from API reference Markdown.')
    .version(version)
    .exitOverride()
    .configureOutput({ outputError: (text, write) => write(text) });
  program
    .command('generate')
    .description(
      'Parse the docs in --input and write the package to --out (atomically: a failed run leaves the old package). ' +
        'Diagnostics print to stderr as "file:line:col severity code message", with a summary. ' +
        'Exit 0 when output was generated (warnings about the docs are normal), 1 when --check finds the out dir stale, 2 on usage errors or an unreadable input dir.',
    )
    .option('--input <dir>', 'folder of Markdown pages (read recursively, *.md)', 'docs-input')
    .option('--out <dir>', 'folder to write the package to', 'generated')
    .option('--check', 'generate in memory and exit 1, listing the files that differ, if --out is not current; writes nothing', false)
    .option('--report <file>', 'also write the diagnostics to this file, in --format')
    .addOption(new Option('--format <format>', 'format of --report: text, json or sarif (SARIF 2.1.0)').default('text').argParser(parseFormat))
    .option('--package-name <name>', 'name of the generated npm package', 'md2ts-generated')
    .option('--package-version <version>', 'version of the generated npm package', '0.0.0')
    .option('--force', 'replace --out even if it holds files md2ts did not write', false)
    .option('--quiet', 'print only the summary, not each diagnostic', false)
    .action(async (options: { input: string; out: string; check: boolean; report?: string; format: ReportFormat; packageName: string; packageVersion: string; force: boolean; quiet: boolean }) => {
      const code = await runGenerate(
        { ...options, report: options.report, toolVersion: version },
        {
          out: (line) => process.stdout.write(`${line}\n`),
          err: (line) => process.stderr.write(`${line}\n`),
          progress: process.stderr.isTTY && !process.env['CI'] ? (line) => process.stderr.write(`\r${line}\u001b[K`) : undefined,
        },
      );
      if (process.stderr.isTTY && !process.env['CI']) process.stderr.write('\r\u001b[K');
      setExitCode(code);
    });
  return program;
}

/** Runs the CLI; usage errors exit 2 with one line, never a stack trace. */
export async function main(argv: readonly string[]): Promise<number> {
  let exitCode = 0;
  const program = buildProgram(toolVersion(), (code) => {
    exitCode = code;
  });
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) {
      // --help and --version end here with code 0; commander already printed their text.
      return error.exitCode === 0 ? 0 : 2;
    }
    if (error instanceof UsageError) {
      process.stderr.write(`md2ts: ${error.message}\n`);
      return 2;
    }
    const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
    process.stderr.write(`md2ts: internal error, please report it with the input that caused it:\n${message}\n`);
    return 1;
  }
}

// Run when started as a program (the npm bin is a symlink to this file), not when imported by tests.
if (process.argv[1] !== undefined && realpathSync(fileURLToPath(import.meta.url)) === realpathSync(process.argv[1])) {
  process.exitCode = await main(process.argv.slice(2));
}
