import { describe, expect, it } from 'vitest';
import { openRunCache } from '../../../generator/cache/run-cache.js';
import { isValidationOutcome } from '../../../generator/cache/generate-caches.js';
import { checkExamples, validatorsVersion } from '../../../generator/cli/check-examples.js';
import type { ValidationOutcome } from '../../../generator/examples/validate-examples.js';
import { generateSeeds, readSeedPages } from '../../support/seeds.js';

/** The seeds with one property's description reworded, and with one enum member added. */
function editedSeeds(edit: 'description' | 'enum-member'): ReturnType<typeof readSeedPages> {
  return readSeedPages().map((page) => {
    if (edit === 'description') return { ...page, text: page.text.replace('Created Date Time of the device', 'When the device was created') };
    return { ...page, text: page.text.replace('`notContacted`, `blocked`.', '`notContacted`, `blocked`, `retired`.') };
  });
}

describe("the validators' verdicts on the docs' examples are cached", () => {
  it('a second check with the same validators loads nothing and says the same', async () => {
    const cache = await openRunCache<ValidationOutcome>(undefined, 'verdicts', 'test', isValidationOutcome);
    const { model, files } = generateSeeds();
    const first = await checkExamples(model, files, true, { cache });
    expect(cache.stats).toEqual({ hits: 0, misses: 4 });
    await cache.save();
    let workerErrors = 0;
    const second = await checkExamples(model, files, true, { cache, onWorkerError: () => workerErrors++ });
    expect(cache.stats).toEqual({ hits: 4, misses: 0 });
    expect(second).toEqual(first);
    expect(first.summary).toMatchObject({ typed: 4, valid: 2 });
    expect(workerErrors).toBe(0);
  });

  it('are keyed alike with a watch session’s digests of the values, which it fills and then reads', async () => {
    const { model, files } = generateSeeds();
    const fresh = await openRunCache<ValidationOutcome>(undefined, 'verdicts', 'test', isValidationOutcome);
    const first = await checkExamples(model, files, true, { cache: fresh });
    await fresh.save();
    const valueDigests = new WeakMap<object, string>();
    const cache = await openRunCache<ValidationOutcome>(undefined, 'verdicts', 'test', isValidationOutcome);
    const withDigests = await checkExamples(model, files, true, { cache, valueDigests });
    expect(withDigests).toEqual(first);
    const values = model.examples.map((example) => example.body).filter((body): body is object => typeof body === 'object' && body !== null);
    expect(values.length).toBeGreaterThan(0);
    expect(values.filter((value) => valueDigests.has(value)).length).toBeGreaterThan(0);
    // New values (every string a number now) get digests of their own: their verdicts are not the old values'.
    const numbered = (value: unknown): unknown =>
      typeof value === 'string' ? 12345 : Array.isArray(value) ? value.map(numbered) : typeof value === 'object' && value !== null ? Object.fromEntries(Object.entries(value).map(([key, item]) => [key, key === '@odata.type' ? item : numbered(item)])) : value;
    const retyped = { ...model, examples: model.examples.map((example) => ({ ...example, body: numbered(example.body) })) };
    const rechecked = await checkExamples(retyped, files, true, { cache, valueDigests });
    expect(rechecked).toEqual(await checkExamples(retyped, files, true));
    expect(rechecked.summary?.valid).toBeLessThan(first.summary?.valid ?? 0);
    // A digest is read back, not made again: a wrong one kept for a value changes its key, so the verdict is looked for anew.
    for (const value of values) if (valueDigests.has(value)) valueDigests.set(value, 'not the digest');
    const before = cache.stats.misses;
    await checkExamples(model, files, true, { cache, valueDigests });
    expect(cache.stats.misses).toBeGreaterThan(before);
  });

  it('are keyed by the validators’ code: a reworded description keeps them, a new enum member does not', () => {
    const base = validatorsVersion(generateSeeds().files);
    const reworded = generateSeeds(editedSeeds('description')).files;
    const widened = generateSeeds(editedSeeds('enum-member')).files;
    // The edits did reach the package (its models), so the test says something.
    expect(reworded.get('src/models.ts')).toContain('When the device was created');
    expect([...widened.values()].some((text) => text.includes('"retired"'))).toBe(true);
    expect(validatorsVersion(reworded)).toBe(base);
    expect(validatorsVersion(widened)).not.toBe(base);
  });
});
