import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_PAGE_BYTES, readInputPages } from '../../generator/cli/read-input.js';

describe('the page size limit', () => {
  it('reads a page of exactly the limit, skips one byte more, and skips 50 MB without reading it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'md2ts-size-'));
    writeFileSync(join(dir, 'at-limit.md'), Buffer.alloc(MAX_PAGE_BYTES, 'a'));
    writeFileSync(join(dir, 'over-limit.md'), Buffer.alloc(MAX_PAGE_BYTES + 1, 'a'));
    writeFileSync(join(dir, 'huge.md'), Buffer.alloc(50 * 1024 * 1024, '|'));
    const started = performance.now();
    const input = await readInputPages(dir);
    const ms = performance.now() - started;
    expect(input.pages.map((p) => p.file)).toEqual(['at-limit.md']);
    expect(input.diagnostics.map((d) => `${d.place.file} ${d.code} ${d.message}`)).toEqual([
      'huge.md input-too-large page is 52,428,800 bytes (50 MiB), over the 1,048,576 bytes (1 MiB) limit for one page: skipped (real reference pages are under 100 KB)',
      'over-limit.md input-too-large page is 1,048,577 bytes (1 MiB), over the 1,048,576 bytes (1 MiB) limit for one page: skipped (real reference pages are under 100 KB)',
    ]);
    expect(input.skipped).toBe(2);
    // Reading 1 MiB and stat-ing the rest: far under a second on any machine this runs on.
    expect(ms).toBeLessThan(2_000);
  });
});
