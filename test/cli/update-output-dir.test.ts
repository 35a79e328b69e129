import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { diffOutputs } from '../../generator/cli/output-changes.js';
import { MANIFEST } from '../../generator/cli/output-dir.js';
import { updateOutputDir } from '../../generator/cli/update-output-dir.js';

const scratch = mkdtempSync(join(tmpdir(), 'md2ts-update-out-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** An out dir as `writeOutputDir` leaves it: the files and the manifest listing them. */
function outDirWith(name: string, files: ReadonlyMap<string, string>): string {
  const dir = join(scratch, name);
  for (const [path, text] of files) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  writeFileSync(join(dir, MANIFEST), `${JSON.stringify([...files.keys()], null, 2)}\n`);
  return dir;
}

/** Every file below `dir`, package-relative, sorted. */
const listed = (dir: string): string[] =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name).slice(dir.length + 1))
    .sort();

const before = new Map([
  ['src/models.ts', 'export interface A {}\n'],
  ['src/operations.ts', 'export {};\n'],
  ['src/extra/old.ts', 'export {};\n'],
]);

const cases: [string, Map<string, string>][] = [
  ['a file changed', new Map([...before, ['src/models.ts', 'export interface A { b?: string }\n']])],
  ['a file added', new Map([...before, ['src/validators.ts', 'export {};\n']])],
  ['a file removed, and the folder it leaves empty', new Map([...before].filter(([path]) => path !== 'src/extra/old.ts'))],
  ['all three at once', new Map([['src/models.ts', 'export interface A { c?: number }\n'], ['src/operations.ts', 'export {};\n'], ['openapi.json', '{}\n']])],
];

describe('updateOutputDir: a watch run touches only what changed', () => {
  it.each(cases)('%s', async (name, after) => {
    const dir = outDirWith(name.replace(/\W+/g, '-'), before);
    await updateOutputDir(dir, after, diffOutputs(before, after));
    expect(listed(dir)).toEqual([...after.keys(), MANIFEST].sort());
    for (const [path, text] of after) expect(readFileSync(join(dir, path), 'utf8'), path).toBe(text);
    expect(JSON.parse(readFileSync(join(dir, MANIFEST), 'utf8'))).toEqual([...after.keys()]);
    if (!after.has('src/extra/old.ts')) expect(existsSync(join(dir, 'src/extra'))).toBe(false);
  });
});
