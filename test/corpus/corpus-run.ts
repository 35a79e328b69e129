import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { writeOutputDir } from '../../generator/cli/output-dir.js';
import { readInputPages } from '../../generator/cli/read-input.js';
import { loadTemplates } from '../../generator/emit/render/templates.js';
import type { GenerateResult } from '../../generator/pipeline.js';
import { generate } from '../../generator/pipeline.js';
import { formatCodeCounts } from '../../generator/report/text.js';
import { CORPUS_DOCS } from '../support/corpus.js';
import { DEFAULT_OPTIONS } from '../support/seeds.js';

/** One generate of the whole v1.0 corpus, written to `out` (a temp dir), shared by every corpus test. */
export interface CorpusRun {
  readonly pageCount: number;
  readonly result: GenerateResult;
  /** The written package: `src/`, `dist/`, `openapi.json`, `package.json`. */
  readonly out: string;
}

/**
 * Registers, in the calling `describe`, the one corpus generate of the test run (~60 s here:
 * the brief allows one per run) and returns a getter the tests call once it has run.
 */
export function useCorpusRun(): () => CorpusRun {
  let run: CorpusRun | undefined;
  beforeAll(async () => {
    const { pages } = await readInputPages(CORPUS_DOCS);
    const result = generate(pages, loadTemplates(), DEFAULT_OPTIONS);
    const out = join(mkdtempSync(join(tmpdir(), 'md2ts-corpus-')), 'generated');
    await writeOutputDir(out, result.files, { force: true });
    run = { pageCount: pages.length, result, out };
    console.log(`corpus: ${pages.length} pages, ${result.model.objects.length} types, ${result.model.enums.length} enums, ${result.model.operations.length} operations`);
    console.log(`corpus diagnostics by code:\n${formatCodeCounts(result.diagnostics).join('\n')}`);
  });
  afterAll(() => {
    if (run) rmSync(dirname(run.out), { recursive: true, force: true });
  });
  return () => {
    if (!run) throw new Error('the corpus generate did not run (see the beforeAll error above)');
    return run;
  };
}
