import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { compiledGenerator } from '../../../generator/parallel/compiled-generator.mjs';
import { markRunningCopyUsed } from '../../../generator/parallel/running-copy.js';

const scratch = mkdtempSync(join(tmpdir(), 'md2ts-copy-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** A `generator/` folder of its own (beside a `node_modules/`, where the copies go) with `files`. */
function generatorWith(name: string, files: Readonly<Record<string, string>>): string {
  const dir = join(scratch, name, 'generator');
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(join(dir, file, '..'), { recursive: true });
    writeFileSync(join(dir, file), text);
  }
  return dir;
}

const BOOM = 'export interface Shape {\n  readonly side: number;\n}\n\nexport function boom(shape: Shape): never {\n  throw new Error(`side ${shape.side}`);\n}\n';

describe('compiledGenerator', () => {
  it('compiles every module to JavaScript with a source map to it, copies JavaScript modules as they are, and names its sources', () => {
    const dir = generatorWith('plain', { 'a/boom.ts': BOOM, 'b/helper.mjs': 'export const two = 2;\n', 'a/types.d.ts': 'export type X = 1;\n' });
    const copy = compiledGenerator(dir);
    expect(readdirSync(join(copy, 'a')).sort()).toEqual(['boom.js', 'boom.js.map']);
    expect(readFileSync(join(copy, 'a', 'boom.js'), 'utf8')).not.toMatch(/interface|: Shape/);
    expect(readFileSync(join(copy, 'b', 'helper.mjs'), 'utf8')).toBe('export const two = 2;\n');
    expect(JSON.parse(readFileSync(join(copy, 'package.json'), 'utf8'))).toEqual({ type: 'module', md2ts: { sources: dir } });
    expect(JSON.parse(readFileSync(join(copy, 'a', 'boom.js.map'), 'utf8')).sources).toEqual([pathToFileURL(join(dir, 'a', 'boom.ts')).href]);
    // With source maps on (as from-sources.mjs turns them), a stack trace names the TypeScript line.
    const run = spawnSync(process.execPath, ['--enable-source-maps', '--input-type=module', '-e', `import(${JSON.stringify(pathToFileURL(join(copy, 'a', 'boom.js')).href)}).then((m) => m.boom({ side: 3 }))`], { encoding: 'utf8' });
    expect(run.stderr).toContain('side 3');
    expect(run.stderr).toContain(`${join(dir, 'a', 'boom.ts')}:6:`);
  });

  it('is made once per version of the sources: the same folder until a source changes', () => {
    const dir = generatorWith('versions', { 'x.ts': 'export const x: number = 1;\n' });
    const first = compiledGenerator(dir);
    expect(compiledGenerator(dir)).toBe(first);
    writeFileSync(join(dir, 'x.ts'), 'export const x: number = 2;\n');
    const second = compiledGenerator(dir);
    expect(second).not.toBe(first);
    expect(readFileSync(join(second, 'x.js'), 'utf8')).toContain('x = 2');
  });

  it('says which source it cannot compile, with its line and column, and leaves no half-made copy', () => {
    const dir = generatorWith('broken', { 'ok.ts': 'export const ok = 1;\n', 'sub/bad.ts': 'export const a = 1;\nexport const b: = 2;\n' });
    expect(() => compiledGenerator(dir)).toThrow(/^cannot compile generator\/sub\/bad\.ts:2:\d+ to JavaScript: /);
    const root = join(dir, '..', 'node_modules', '.cache', 'md2ts', 'js');
    expect(existsSync(root) ? readdirSync(root) : []).toEqual([]);
  });

  it('removes copies of other versions unused for a day, and the workers-only folder of earlier versions, but not younger ones', () => {
    const dir = generatorWith('cleanup', { 'x.ts': 'export const x = 1;\n' });
    const root = join(dir, '..', 'node_modules', '.cache', 'md2ts', 'js');
    for (const name of ['0000000000000old', '000000000000young']) mkdirSync(join(root, name), { recursive: true });
    const twoDaysAgo = new Date(Date.now() - 2 * 24 * 60 * 60 * 1000);
    utimesSync(join(root, '0000000000000old'), twoDaysAgo, twoDaysAgo);
    mkdirSync(join(root, '..', 'worker-js', 'abc'), { recursive: true });
    const copy = compiledGenerator(dir);
    expect(readdirSync(root).sort()).toEqual(['000000000000young', copy.slice(root.length + 1)].sort());
    expect(existsSync(join(root, '..', 'worker-js'))).toBe(false);
  });

  it('gives every one of several processes making the same copy at once a whole copy', async () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 40; i++) files[`m${i}.ts`] = `export const v${i}: number = ${i};\n`;
    const dir = generatorWith('race', files);
    const builder = pathToFileURL(join(import.meta.dirname, '..', '..', '..', 'generator', 'parallel', 'compiled-generator.mjs')).href;
    const script = `import { compiledGenerator } from ${JSON.stringify(builder)}; process.stdout.write(compiledGenerator(${JSON.stringify(dir)}));`;
    const runs = await Promise.all(
      [0, 1, 2, 3].map(
        () =>
          new Promise<{ code: number | null; out: string; err: string }>((resolve) => {
            const child = spawn(process.execPath, ['--input-type=module', '-e', script]);
            let out = '';
            let err = '';
            child.stdout.setEncoding('utf8').on('data', (chunk: string) => (out += chunk));
            child.stderr.setEncoding('utf8').on('data', (chunk: string) => (err += chunk));
            child.on('close', (code) => resolve({ code, out, err }));
          }),
      ),
    );
    for (const run of runs) expect(run).toMatchObject({ code: 0, err: '' });
    const copies = new Set(runs.map((run) => run.out));
    expect(copies.size).toBe(1);
    const [copy] = [...copies] as [string];
    expect(readdirSync(copy).filter((file) => file.endsWith('.js'))).toHaveLength(40);
    // No staging folder is left behind by the processes whose rename lost.
    expect(readdirSync(join(copy, '..'))).toEqual([copy.slice(join(copy, '..').length + 1)]);
  });
});

describe('markRunningCopyUsed', () => {
  const longAgo = new Date(Date.now() - 3 * 24 * 60 * 60 * 1000);
  it('marks a copy as used now (a watch session keeps the copy it runs from)', () => {
    const copy = compiledGenerator(generatorWith('marked', { 'x.ts': 'export const x: number = 1;\n' }));
    utimesSync(copy, longAgo, longAgo);
    markRunningCopyUsed(copy);
    expect(statSync(copy).mtimeMs).toBeGreaterThan(Date.now() - 60_000);
  });
  it('leaves the sources alone', () => {
    const sources = generatorWith('sources-only', { 'x.ts': 'export const x: number = 1;\n' });
    utimesSync(sources, longAgo, longAgo);
    markRunningCopyUsed(sources);
    // Still three days old (mtimeMs is a float: compared within a second).
    expect(Math.abs(statSync(sources).mtimeMs - longAgo.getTime())).toBeLessThan(1000);
  });
});
