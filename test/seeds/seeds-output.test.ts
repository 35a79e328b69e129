import { beforeAll, describe, expect, it } from 'vitest';
import type { GenerateResult } from '../../generator/pipeline.js';
import { generateSeeds, readSeedPages } from '../support/seeds.js';

let result: GenerateResult;
beforeAll(() => {
  result = generateSeeds();
});

/** Sources and hand-readable files get a snapshot each; `dist/` is derived from `src/` and checked by --check. */
const snapshotted = (path: string): boolean => !path.startsWith('dist/');

describe('every emitted file of the seeds', () => {
  it('emits the package layout', () => {
    const paths = [...result.files.keys()];
    expect(paths).toEqual(expect.arrayContaining(['package.json', 'openapi.json', 'src/index.ts', 'dist/index.js', 'dist/index.d.ts']));
    for (const path of paths.filter((p) => p.startsWith('src/') && p.endsWith('.ts'))) {
      const base = path.slice('src/'.length, -'.ts'.length);
      expect(paths).toContain(`dist/${base}.js`);
      expect(paths).toContain(`dist/${base}.d.ts`);
    }
  });

  it('matches its snapshot, one per file', async () => {
    for (const [path, text] of result.files) {
      if (snapshotted(path)) await expect(text).toMatchFileSnapshot(`__snapshots__/seeds/${path}.snap`);
    }
  });
});

describe('determinism', () => {
  it('gives byte-identical output whatever the order the pages are listed in', () => {
    const reversed = generateSeeds([...readSeedPages()].reverse());
    expect([...reversed.files.keys()]).toEqual([...result.files.keys()]);
    for (const [path, text] of result.files) expect(reversed.files.get(path), path).toBe(text);
    expect(reversed.diagnostics).toEqual(result.diagnostics);
  });
});
