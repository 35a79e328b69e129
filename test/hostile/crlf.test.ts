import { describe, expect, it } from 'vitest';
import { parsePage } from '../../generator/parse/parse-page.js';
import { generateSeeds, readSeedPages } from '../support/seeds.js';

const crlf = (text: string): string => text.replace(/\r?\n/g, '\r\n');

describe('CRLF line endings', () => {
  it.each(readSeedPages().map((page) => [page.file, page] as const))('give the same diagnostics, at the same lines and columns: %s', (_file, page) => {
    const lf = parsePage(page.file, page.text);
    const windows = parsePage(page.file, crlf(page.text));
    expect(windows.diagnostics).toEqual(lf.diagnostics);
  });

  it('give the same package (places in doc comments and x-source included)', () => {
    const lf = generateSeeds();
    const windows = generateSeeds(readSeedPages().map((page) => ({ ...page, text: crlf(page.text) })));
    expect([...windows.files.keys()]).toEqual([...lf.files.keys()]);
    for (const [path, text] of lf.files) expect(windows.files.get(path), path).toBe(text);
  });
});
