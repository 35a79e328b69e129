import { Command, InvalidArgumentError, Option } from 'commander';
import { CONFIG_FILE_NAME } from '../config/config.js';
import { isValidPackageName, isValidVersion } from '../config/npm-names.js';
import { DEFAULT_SETTINGS, resolveSettings } from '../config/resolve-options.js';
import { DIAGNOSTIC_CATALOG } from '../model/index.js';
import type { FailOn } from '../report/fail-on.js';
import type { Console } from './console.js';
import type { ReportFormat } from './generate-command.js';
import { runGenerate } from './generate-command.js';
import { runWatch } from './watch-command.js';
import { loadConfig } from './load-config.js';
import { MAX_PAGE_BYTES, UsageError } from './read-input.js';

function choice<T extends string>(values: readonly T[]): (value: string) => T {
  return (value) => {
    if ((values as readonly string[]).includes(value)) return value as T;
    throw new InvalidArgumentError(`expected ${values.slice(0, -1).join(', ')} or ${values[values.length - 1]}`);
  };
}

function checked(valid: (value: string) => boolean, expected: string): (value: string) => string {
  return (value) => {
    if (valid(value)) return value;
    throw new InvalidArgumentError(`expected ${expected}`);
  };
}

interface GenerateFlagValues {
  input?: string;
  out?: string;
  config?: string;
  check: boolean;
  report?: string;
  format: ReportFormat;
  failOn?: FailOn;
  packageName?: string;
  packageVersion?: string;
  force: boolean;
  quiet: boolean;
  watch: boolean;
  /** A folder from `--cache DIR`, `false` from `--no-cache`, `true` (commander's default for a negatable flag) otherwise. */
  cache: string | boolean;
  workers?: number;
  /** `false` from `--no-validate-examples`, `true` (commander's default for a negatable flag) otherwise. */
  validateExamples: boolean;
}

/** `--workers N`: a positive whole number. */
function workerCount(value: string): number {
  const count = Number(value);
  if (Number.isInteger(count) && count >= 1 && count <= 64) return count;
  throw new InvalidArgumentError('expected a whole number from 1 to 64');
}

/**
 * Resolves on the first Ctrl-C (or SIGTERM), or when `parentStop` does (the process that
 * relaunched this one asks, or is gone: watch-relaunch.ts): a watch session then stops cleanly
 * instead of dying mid-write.
 */
function interrupted(parentStop: Promise<void> | undefined): Promise<void> {
  return new Promise((stop) => {
    process.once('SIGINT', () => stop());
    process.once('SIGTERM', () => stop());
    void parentStop?.then(() => stop());
  });
}

const HELP_AFTER = `
Diagnostics print to stderr one per line as "file:line:col severity code message" (file
relative to the input dir), so terminals and CI problem matchers can link them; then a summary.
--report FILE --format text writes them grouped by file for reading; json and sarif are for tools
(SARIF 2.1.0, with paths relative to the working directory, for GitHub code scanning).

Config: ${CONFIG_FILE_NAME} in the working directory, or --config FILE. Keys: input, out,
packageName, packageVersion, emitters (any of "models", "validators", "operations", "openapi"),
validateExamples (true | false), severity ({ "<code>": "off" | "info" | "warning" | "error" }). Paths in it are relative to the
file. Flags override it.

Pages over ${MAX_PAGE_BYTES / (1024 * 1024)} MiB, binary files and empty files are skipped with a diagnostic; a line nested
deeper than any reference page (over 256 columns of indentation, 32 list or quote markers, 64 open
brackets) is left out with a warning, as Markdown parsers slow down badly on such input.

Exit codes: 0 when output was generated (warnings about the docs are normal); 1 when --check
finds the out dir stale, when --fail-on finds diagnostics at its level (after writing), or on an
internal error; 2 on usage errors, an invalid config or an unreadable input dir.

Diagnostic codes: ${Object.keys(DIAGNOSTIC_CATALOG).sort().join(', ')}.`;

/** `md2ts generate`: its options and help; the work is `runGenerate`'s. */
export function generateCommand(version: string, console: Console, setExitCode: (code: number) => void, parentStop?: Promise<void>): Command {
  return new Command('generate')
    .description('Parse the docs in --input and write the package to --out (atomically: a failed or killed run leaves the old package).')
    .option('--input <dir>', `folder of Markdown pages, read recursively (*.md) (default: "${DEFAULT_SETTINGS.input}")`)
    .option('--out <dir>', `folder to write the package to (default: "${DEFAULT_SETTINGS.out}")`)
    .option('--config <file>', `settings file (default: ./${CONFIG_FILE_NAME} if it exists)`)
    .option('--check', 'generate in memory and exit 1, listing the files that differ, if --out is not current; writes nothing', false)
    .option('--report <file>', 'also write the diagnostics to this file, in --format')
    .addOption(new Option('--format <format>', 'format of --report: text (grouped by file), json or sarif (SARIF 2.1.0)').default('text').argParser(choice(['text', 'json', 'sarif'] as const)))
    .addOption(new Option('--fail-on <severity>', 'exit 1 (after writing) when any diagnostic is at or above this severity: warning or error').argParser(choice(['warning', 'error'] as const)))
    .addOption(new Option('--package-name <name>', `name of the generated npm package (default: "${DEFAULT_SETTINGS.packageName}")`).argParser(checked(isValidPackageName, 'an npm package name (lower case, URL-safe, optionally @scope/name)')))
    .addOption(new Option('--package-version <version>', `version of the generated npm package (default: "${DEFAULT_SETTINGS.packageVersion}")`).argParser(checked(isValidVersion, 'a SemVer version such as 1.2.0')))
    .option('--force', 'replace --out even if it holds files md2ts did not write', false)
    .option('--quiet', 'print only the summary, not each diagnostic', false)
    .option('--watch', 'generate, then regenerate on every change below --input, re-parsing only changed pages and printing what changed; Ctrl-C stops', false)
    .option('--cache <dir>', 'keep parse and compile results here, keyed by content, so a run re-parses only changed pages (default: node_modules/.cache/md2ts)')
    .option('--no-cache', 'neither read nor write the cache')
    .option('--no-validate-examples', "do not check the docs' JSON examples with the emitted validators (example-invalid diagnostics; default: check them when validators are emitted)")
    .addOption(new Option('--workers <count>', 'worker threads for parsing; 1 runs everything on the main thread (default: one per core, at most 4)').argParser(workerCount))
    .addHelpText('after', HELP_AFTER)
    .action(async (flags: GenerateFlagValues) => {
      const loaded = await loadConfig(flags.config);
      // Only an explicit --no-validate-examples overrides the config file.
      const settings = resolveSettings({ ...flags, validateExamples: flags.validateExamples === false ? false : undefined }, loaded.config, loaded.dir);
      const options = {
        ...settings,
        check: flags.check,
        report: flags.report,
        format: flags.format,
        force: flags.force,
        quiet: flags.quiet,
        failOn: flags.failOn,
        toolVersion: version,
        configFile: loaded.file,
        workers: flags.workers,
        cache: typeof flags.cache === 'string' ? flags.cache : flags.cache === false ? (false as const) : undefined,
      };
      if (flags.watch && flags.check) throw new UsageError('--watch and --check do not go together: --check compares once and writes nothing');
      const code = flags.watch ? await runWatch(options, console, { stop: interrupted(parentStop) }) : await runGenerate(options, console);
      setExitCode(code);
    });
}
