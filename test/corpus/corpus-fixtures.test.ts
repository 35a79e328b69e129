import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readInputPages } from '../../generator/cli/read-input.js';
import { loadTemplates } from '../../generator/emit/render/templates.js';
import { formatSourcePlace } from '../../generator/model/index.js';
import { generate } from '../../generator/pipeline.js';
import { DEFAULT_OPTIONS, PROJECT_ROOT } from '../support/seeds.js';

/**
 * Real pages of different shapes, copied from the corpus with their source named in
 * SOURCE.txt (the corpus itself is never copied whole). Adding a case is adding a folder
 * with an `input/` tree; the expected model and emitted models are snapshots beside it.
 */
const FIXTURES = join(PROJECT_ROOT, 'test/fixtures/corpus-pages');
const cases = readdirSync(FIXTURES).sort();

describe('corpus pages of different shapes', () => {
  it.each(cases)('%s', async (name) => {
    const { pages } = await readInputPages(join(FIXTURES, name, 'input'));
    const { model, files } = generate(pages, loadTemplates(), DEFAULT_OPTIONS);
    const summary = {
      objects: model.objects.map((o) => ({ id: o.id, base: o.base, properties: o.properties.map((p) => ({ name: p.name, type: p.type })), sources: o.meta.sources.map(formatSourcePlace) })),
      enums: model.enums.map((e) => ({ id: e.id, members: e.members.map((m) => (m.value === undefined ? m.name : `${m.name}=${m.value}`)), sources: e.meta.sources.map(formatSourcePlace) })),
      operations: model.operations.map((o) => ({ id: o.id, requestBody: o.requestBody, response: o.response, permissions: o.permissions })),
      examples: model.examples.map((e) => ({ role: e.role, type: e.type, at: formatSourcePlace(e.place) })),
      diagnostics: model.diagnostics.map((d) => `${formatSourcePlace(d.place)} ${d.severity} ${d.code} ${d.message}`),
    };
    await expect(`${JSON.stringify(summary, null, 2)}\n`).toMatchFileSnapshot(join(FIXTURES, name, 'expected-model.json'));
    await expect(files.get('src/models.ts') ?? '').toMatchFileSnapshot(join(FIXTURES, name, 'expected-models.ts.snap'));
  });
});
