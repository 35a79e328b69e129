import { Command, InvalidArgumentError, Option } from 'commander';
import type { DiffFormat } from '../diff/render-diff.js';
import type { Console } from './console.js';
import { runDiff } from './diff-command.js';

function parseDiffFormat(value: string): DiffFormat {
  if (value === 'text' || value === 'json' || value === 'markdown') return value;
  throw new InvalidArgumentError('expected text, json or markdown');
}

const HELP_AFTER = `
Each side is a generated package (its openapi.json is read), an openapi.json file, or a docs
tree (generated in memory; its diagnostics are counted on stderr, not listed).

Breaking (suggests a major bump): a type, property, enum member or operation removed; a
property's type or required-ness changed; a required property added; a base type dropped; an
operation's request function renamed, or its parameters, request body or response changed.
Minor: a type, optional property, operation or enum member added. An added enum member is
minor, as Microsoft Graph treats it (the service may send new members at any time; the package
has an open XOpen form for that), though an exhaustive switch over the enum needs a new case.
Patch: descriptions or documented permissions changed.

Exit codes: 0 with the diff on stdout, whatever it holds; 2 when a side cannot be read.`;

/** `md2ts diff OLD NEW`: its options and help; the work is `runDiff`'s. */
export function diffCommand(console: Console, setExitCode: (code: number) => void): Command {
  return new Command('diff')
    .description('List the API changes between two generated packages or docs trees, say which break consumers, and suggest a semver bump.')
    .argument('<old>', 'the earlier package, openapi.json or docs tree')
    .argument('<new>', 'the later package, openapi.json or docs tree')
    .addOption(new Option('--format <format>', 'text, json or markdown (for a pull-request comment)').default('text').argParser(parseDiffFormat))
    .addHelpText('after', HELP_AFTER)
    .action(async (old: string, next: string, flags: { format: DiffFormat }) => {
      setExitCode(await runDiff({ old, new: next, format: flags.format }, console));
    });
}
