import { describe, expect, it } from 'vitest';
import { isValidationOutcome } from '../../../generator/cache/generate-caches.js';
import { openRunCache } from '../../../generator/cache/run-cache.js';
import { checkExamples } from '../../../generator/cli/check-examples.js';
import type { ValidationOutcome } from '../../../generator/examples/validate-examples.js';
import { loadTemplates } from '../../../generator/emit/render/templates.js';
import type { InputPage } from '../../../generator/pipeline.js';
import { generate } from '../../../generator/pipeline.js';
import { DEFAULT_OPTIONS } from '../../support/seeds.js';

/** A resource page: a property table and a JSON representation of the type. */
function resourcePage(name: string, rows: readonly string[], example: unknown): InputPage {
  const text = [
    '---',
    `title: "${name} resource type"`,
    'doc_type: resourcePageType',
    '---',
    '',
    `# ${name} resource type`,
    '',
    'Namespace: microsoft.graph',
    '',
    '## Properties',
    '',
    '|Property|Type|Description|',
    '|:---|:---|:---|',
    ...rows,
    '',
    '## JSON representation',
    '',
    '<!-- {',
    '  "blockType": "resource",',
    `  "@odata.type": "microsoft.graph.${name}"`,
    '} -->',
    '```json',
    JSON.stringify(example, null, 2),
    '```',
    '',
  ].join('\n');
  return { file: `resources/${name.toLowerCase()}.md`, text };
}

/**
 * widget → part → gauge: a widget's example holds a part holding a gauge, so whether it is
 * valid depends on code two validators away from widget's own. `reading` is what a gauge
 * holds; the example writes a string there.
 */
function pages(readingType: string, extra: readonly string[] = []): InputPage[] {
  return [
    resourcePage('widget', ['|name|String|The name.|', '|part|[part](part.md)|The part.|'], { name: 'w', part: { label: 'p', gauge: { reading: 'high' } } }),
    resourcePage('part', ['|label|String|The label.|', '|gauge|[gauge](gauge.md)|The gauge.|'], { label: 'p' }),
    resourcePage('gauge', [`|reading|${readingType}|The reading.|`, ...extra], { reading: 'low' }),
    resourcePage('sprocket', ['|teeth|String|The teeth.|'], { teeth: 'many' }),
  ];
}

const run = (input: readonly InputPage[]) => generate(input, loadTemplates(), DEFAULT_OPTIONS);

describe("the examples' verdicts are keyed by the code each validator runs", () => {
  it('an edit two validators away re-checks the examples that reach it, and says what a check from scratch says', async () => {
    const cache = await openRunCache<ValidationOutcome>(undefined, 'verdicts', 'test', isValidationOutcome);
    const check = async (input: readonly InputPage[]) => {
      const result = run(input);
      expect(result.validatorKeys.size).toBeGreaterThan(0);
      const before = { ...cache.stats };
      const cached = await checkExamples(result.model, result.files, true, { cache, validatorKeys: result.validatorKeys });
      const fresh = await checkExamples(result.model, result.files, true);
      expect(cached).toEqual(fresh);
      return { summary: fresh.summary, misses: cache.stats.misses - before.misses, hits: cache.stats.hits - before.hits };
    };

    const first = await check(pages('String'));
    expect(first).toMatchObject({ misses: 4, hits: 0, summary: { typed: 4, valid: 4 } });
    // A gauge's reading becomes a number: the examples of every type whose validator reaches gauge's are checked again
    // (widget's and gauge's now fail; part's example holds no gauge, but its validator's code changed), sprocket's is not.
    const edited = await check(pages('Int32'));
    expect(edited).toMatchObject({ misses: 3, hits: 1, summary: { typed: 4, valid: 2 } });
    // A description changes no validator: nothing is checked again.
    const reworded = await check(pages('Int32').map((page) => ({ ...page, text: page.text.replace('The label.', 'What the part is called.') })));
    expect(reworded).toMatchObject({ misses: 0, hits: 4 });
    // Back as it was: the first verdicts still hold.
    expect(await check(pages('String'))).toMatchObject({ misses: 0, hits: 4, summary: { typed: 4, valid: 4 } });
  });

  it('without keys, a verdict holds while all of the validators do', async () => {
    const cache = await openRunCache<ValidationOutcome>(undefined, 'verdicts', 'test', isValidationOutcome);
    for (const readingType of ['String', 'Int32']) {
      const result = run(pages(readingType));
      await checkExamples(result.model, result.files, true, { cache });
    }
    expect(cache.stats).toEqual({ hits: 0, misses: 8 });
  });
});
