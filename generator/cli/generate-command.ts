import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { Diagnostic } from '../model/index.js';
import { loadTemplates } from '../emit/render/templates.js';
import { generate } from '../pipeline.js';
import { renderJsonReport } from '../report/json.js';
import { renderSarifReport } from '../report/sarif.js';
import { formatSummary, renderTextReport } from '../report/text.js';
import { diffOutputDir, writeOutputDir } from './output-dir.js';
import { readInputPages } from './read-input.js';

export type ReportFormat = 'text' | 'json' | 'sarif';

export interface GenerateCommandOptions {
  readonly input: string;
  readonly out: string;
  readonly check: boolean;
  readonly report: string | undefined;
  readonly format: ReportFormat;
  readonly force: boolean;
  readonly quiet: boolean;
  readonly packageName: string;
  readonly packageVersion: string;
  readonly toolVersion: string;
}

/** Where the command's words go: injected so tests can read them and the command itself never touches the console. */
export interface Console {
  readonly out: (line: string) => void;
  readonly err: (line: string) => void;
  readonly progress: ((line: string) => void) | undefined;
}

export function renderReport(format: ReportFormat, diagnostics: readonly Diagnostic[], toolVersion: string): string {
  switch (format) {
    case 'text':
      return renderTextReport(diagnostics);
    case 'json':
      return renderJsonReport(diagnostics);
    case 'sarif':
      return renderSarifReport(diagnostics, toolVersion);
  }
}

/**
 * `md2ts generate`: reads the input dir, runs the pipeline, prints diagnostics, then writes
 * the out dir atomically, or with `--check` only compares it. Returns the exit code.
 */
export async function runGenerate(options: GenerateCommandOptions, console: Console): Promise<number> {
  const started = Date.now();
  const pages = await readInputPages(options.input);
  const render = loadTemplates();
  let lastProgress = 0;
  const result = generate(pages, render, {
    packageName: options.packageName,
    packageVersion: options.packageVersion,
    onPageParsed: (done, total) => {
      const now = Date.now();
      if (!console.progress || (now - lastProgress < 250 && done !== total)) return;
      lastProgress = now;
      console.progress(`parsed ${done}/${total} pages, ${((now - started) / 1000).toFixed(1)} s`);
    },
  });
  if (!options.quiet) for (const line of renderTextReport(result.diagnostics).trimEnd().split('\n').slice(0, -1)) console.err(line);
  if (options.report !== undefined) {
    await mkdir(dirname(options.report), { recursive: true });
    await writeFile(options.report, renderReport(options.format, result.diagnostics, options.toolVersion));
  }
  const summary = `${pages.length} pages, ${result.model.objects.length} types, ${result.model.enums.length} enums, ${result.model.operations.length} operations; ${formatSummary(result.diagnostics)}`;
  if (options.check) {
    const differing = await diffOutputDir(options.out, result.files);
    if (differing.length > 0) {
      console.err(`${options.out} is not current (${differing.length} files differ); run md2ts generate:`);
      for (const line of differing.slice(0, 50)) console.err(`  ${line}`);
      if (differing.length > 50) console.err(`  … and ${differing.length - 50} more`);
      return 1;
    }
    console.out(`${options.out} is current. ${summary}`);
    return 0;
  }
  await writeOutputDir(options.out, result.files, { force: options.force });
  console.out(`wrote ${result.files.size} files to ${options.out} in ${((Date.now() - started) / 1000).toFixed(1)} s. ${summary}`);
  return 0;
}
