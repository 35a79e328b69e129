import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadTemplates } from '../../generator/emit/render/templates.js';
import type { GenerateResult, InputPage } from '../../generator/pipeline.js';
import { generate } from '../../generator/pipeline.js';

export const PROJECT_ROOT = join(import.meta.dirname, '..', '..');
export const DOCS_INPUT = join(PROJECT_ROOT, 'docs-input');
export const GENERATED = join(PROJECT_ROOT, 'generated');

/** The pages of `docs-input/`, as the CLI reads them. */
export function readSeedPages(): InputPage[] {
  return readdirSync(DOCS_INPUT)
    .filter((file) => file.endsWith('.md'))
    .sort()
    .map((file) => ({ file, text: readFileSync(join(DOCS_INPUT, file), 'utf8') }));
}

/** The options `npm run generate` uses (the CLI's defaults), so results match the committed package. */
export const DEFAULT_OPTIONS = { packageName: 'md2ts-generated', packageVersion: '0.0.0' } as const;

export function generateSeeds(pages: readonly InputPage[] = readSeedPages()): GenerateResult {
  return generate(pages, loadTemplates(), DEFAULT_OPTIONS);
}
