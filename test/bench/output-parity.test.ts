import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createKeyMemo } from '../../generator/cache/key-memo.js';
import { checkExamples } from '../../generator/cli/check-examples.js';
import { openGenerateCaches } from '../../generator/cache/generate-caches.js';
import { loadTemplates } from '../../generator/emit/render/templates.js';
import type { ParallelOptions } from '../../generator/parallel/generate-in-parallel.js';
import { generateInParallel } from '../../generator/parallel/generate-in-parallel.js';
import type { GenerateResult, InputPage } from '../../generator/pipeline.js';
import { generate } from '../../generator/pipeline.js';
import { createStructureMemo } from '../../generator/reconcile/build-model.js';
import { createEmitMemo } from '../../generator/emit/emit-memo.js';
import { CORPUS_DOCS } from '../support/corpus.js';
import { DEFAULT_OPTIONS, readSeedPages } from '../support/seeds.js';

const scratch = mkdtempSync(join(tmpdir(), 'md2ts-parity-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** Every 16th page of the v1.0 corpus (about 200), read as the CLI reads them. */
function corpusSample(): InputPage[] {
  const files = readdirSync(CORPUS_DOCS, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.md'))
    .map((entry) => relative(CORPUS_DOCS, join(entry.parentPath, entry.name)).split('\\').join('/'))
    .sort();
  return files.filter((_, index) => index % 16 === 0).map((file) => ({ file, text: readFileSync(join(CORPUS_DOCS, file), 'utf8') }));
}

const PROPERTIES_TABLE = /^\|\s*(?:Property|Parameter)\s*\|\s*Type\s*\|/im;

/** The pages with each row of the first `|Property|Type|…|` table of page `target` rewritten (`first` for its first row). */
function editTableRows(pages: readonly InputPage[], target: number, edit: (row: string, first: boolean) => string): InputPage[] {
  return pages.map((page, index) => {
    if (index !== target) return page;
    const lines = page.text.split('\n');
    const header = lines.findIndex((line) => PROPERTIES_TABLE.test(line));
    for (let row = header + 2; lines[row]?.startsWith('|'); row++) lines[row] = edit(lines[row] ?? '', row === header + 2);
    return { ...page, text: lines.join('\n') };
  });
}

function deepFreeze(value: unknown): void {
  if (typeof value !== 'object' || value === null || Object.isFrozen(value)) return;
  Object.freeze(value);
  for (const inner of Object.values(value)) deepFreeze(inner);
}

function expectSameOutput(actual: GenerateResult, expected: GenerateResult): void {
  expect([...actual.files.keys()]).toEqual([...expected.files.keys()]);
  for (const [path, text] of expected.files) expect(actual.files.get(path), path).toBe(text);
  expect(actual.diagnostics).toEqual(expected.diagnostics);
}

/** Workers even on a small input, so the seeds exercise them too; a worker that fails (its work silently redone here) fails the test. */
const WORKERS = {
  workers: 2,
  minWorkerLoad: 0,
  onWorkerError: (error: Error) => {
    throw error;
  },
} satisfies Partial<ParallelOptions>;

const inputs: [string, () => InputPage[]][] = [['the seeds', readSeedPages]];
if (existsSync(CORPUS_DOCS)) inputs.push(['a sample of ~200 corpus pages', corpusSample]);
else console.warn(`SKIPPED the corpus sample of output-parity.test.ts: ${CORPUS_DOCS} (../shared) is absent.`);

describe.each(inputs)('output of %s: single-threaded, on worker threads and from the cache is byte-identical', (_name, read) => {
  const pages = read();
  const render = loadTemplates();
  const expected = generate(pages, render, DEFAULT_OPTIONS);

  it('on worker threads (telling each stage after parsing as it starts)', async () => {
    const stages: string[] = [];
    expectSameOutput(await generateInParallel(pages, render, { ...DEFAULT_OPTIONS, ...WORKERS, onStage: (stage) => stages.push(stage) }), expected);
    expect(stages).toEqual(['decoding', 'modelling', 'emitting', 'compiling']);
  });

  it('from a cold cache, then a warm one (packs read back from disk), then after one page changed', async () => {
    const dir = join(scratch, `cache-${pages.length}`);
    const cold = await openGenerateCaches(dir);
    expectSameOutput(await generateInParallel(pages, render, { ...DEFAULT_OPTIONS, workers: 1, caches: cold }), expected);
    expect(cold.facts.stats).toEqual({ hits: 0, misses: pages.length });
    await cold.save();

    const warm = await openGenerateCaches(dir);
    expectSameOutput(await generateInParallel(pages, render, { ...DEFAULT_OPTIONS, ...WORKERS, caches: warm }), expected);
    expect(warm.facts.stats).toEqual({ hits: pages.length, misses: 0 });
    expect(warm.compiled.stats.misses).toBe(0);
    await warm.save();

    const edited = pages.map((page, index) => (index === 0 ? { ...page, text: `${page.text}\nOne more paragraph.\n` } : page));
    const again = await openGenerateCaches(dir);
    expectSameOutput(await generateInParallel(edited, render, { ...DEFAULT_OPTIONS, workers: 1, caches: again }), generate(edited, render, DEFAULT_OPTIONS));
    expect(again.facts.stats).toEqual({ hits: pages.length - 1, misses: 1 });
  });

  it('in a watch session (facts, structure, emitted declarations and example digests kept from run to run, sources compiled as they are emitted), after edits of words and of structure, and after undoing them', async () => {
    const structureMemo = createStructureMemo();
    const session = { ...DEFAULT_OPTIONS, workers: 1, caches: await openGenerateCaches(undefined), factsMemo: new Map(), keyMemo: createKeyMemo(), structureMemo, emitMemo: createEmitMemo(), compileWhileEmitting: true };
    const valueDigests = new WeakMap<object, string>();
    const edited = pages.map((page, index) => (index === pages.length - 1 ? { ...page, text: `${page.text}\n\nAn edit.\n` } : page));
    // A resource page where there is one: its descriptions reach the package (a request-body table's may not).
    const withTable = pages.filter((page) => PROPERTIES_TABLE.test(page.text));
    const target = pages.indexOf(withTable.find((page) => /^#+\s*Properties\s*$/im.test(page.text)) ?? (withTable[0] as InputPage));
    const reworded = editTableRows(pages, target, (row) => row.replace(/\|\s*$/, ' Reworded by the test. |'));
    const extended = editTableRows(pages, target, (row, first) => (first ? `${row}\n| addedByTheTest | String | A row the test added. |` : row));
    // Strings become numbers in every page's first table: examples that give those properties strings fail now, so cached verdicts must not answer.
    const retyped = pages.reduce(
      (edited, page, index) => (PROPERTIES_TABLE.test(page.text) ? editTableRows(edited, index, (row) => row.replace(/^(\|[^|]*\|)\s*String\s*\|/, '$1 Int32 |')) : edited),
      pages,
    );
    const runs: [InputPage[], 'reused' | 'rebuilt'][] = [[pages, 'rebuilt'], [edited, 'reused'], [reworded, 'reused'], [extended, 'rebuilt'], [retyped, 'rebuilt'], [pages, 'rebuilt']];
    const verdicts = session.caches.verdicts.stats;
    let firstValid: number | undefined;
    let lastMisses = -1;
    for (const [index, [run, structure]] of runs.entries()) {
      const before = structureMemo.last?.model;
      const result = await generateInParallel(run, render, session);
      const fresh = generate(run, render, DEFAULT_OPTIONS);
      expectSameOutput(result, fresh);
      // The examples' verdicts, kept across the session by validator, say what checking from scratch says.
      const missesBefore = verdicts.misses;
      const examples = await checkExamples(result.model, result.files, true, { cache: session.caches.verdicts, names: result.names, validatorKeys: result.validatorKeys, valueDigests });
      expect(examples).toEqual(await checkExamples(fresh.model, fresh.files, true));
      lastMisses = verdicts.misses - missesBefore;
      firstValid ??= examples.summary?.valid;
      if (run === retyped) expect(examples.summary?.valid, 'the retyped page fails examples').toBeLessThan(firstValid ?? 0);
      expect(structureMemo.last?.model === before ? 'reused' : 'rebuilt', `run ${index}`).toBe(structure);
      if (run === reworded) expect([...result.files.values()].some((text) => text.includes('Reworded by the test.'))).toBe(true);
      // The next run may reuse this structure, which every later stage shares parts of: none may change it.
      deepFreeze(structureMemo.last?.model);
    }
    expect(session.factsMemo.size).toBe(pages.length);
    // Undoing the edits finds the first run's verdicts again: nothing is checked anew.
    expect(lastMisses).toBe(0);
  });
});
