import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { readInputPages } from '../../generator/cli/read-input.js';
import { loadTemplates } from '../../generator/emit/render/templates.js';
import type { ApiModel } from '../../generator/model/index.js';
import type { InputPage } from '../../generator/pipeline.js';
import { generate } from '../../generator/pipeline.js';
import type { BenchContext } from './context.js';

export interface GeneratedPackage {
  readonly model: ApiModel;
  /** The package written out, `dist/` included, ready to import or type-check. */
  readonly dir: string;
}

const generated = new WeakMap<BenchContext, Promise<GeneratedPackage>>();

async function generateInProcess(context: BenchContext): Promise<GeneratedPackage> {
  const read: unknown = await readInputPages(context.options.input);
  // Older checkouts returned the pages themselves; newer ones `{ pages, diagnostics }`.
  const pages = (Array.isArray(read) ? read : (read as { pages: InputPage[] }).pages) as InputPage[];
  const result = generate(pages, loadTemplates(), { packageName: 'md2ts-bench', packageVersion: '0.0.0' });
  const dir = join(context.scratch, 'package');
  for (const [path, text] of result.files) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return { model: result.model, dir };
}

/** The input's package, generated once per bench run in this process (the validators figure needs its model). */
export function generatedPackage(context: BenchContext): Promise<GeneratedPackage> {
  let pending = generated.get(context);
  if (!pending) {
    pending = generateInProcess(context);
    generated.set(context, pending);
  }
  return pending;
}
