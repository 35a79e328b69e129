import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compiledGenerator } from '../../generator/parallel/compiled-generator.mjs';
import { CLI_FROM_SOURCES } from '../support/run-cli.js';
import { PROJECT_ROOT } from '../support/seeds.js';

const VERSION = (JSON.parse(readFileSync(join(PROJECT_ROOT, 'package.json'), 'utf8')) as { version: string }).version;

/**
 * `npm run generate` / `npm run md2ts` (generator/cli/from-sources.mjs): md2ts from a JavaScript
 * copy of its sources, on plain Node. The other CLI tests run every command through it; these
 * pin what is its own.
 */
describe('from-sources.mjs', () => {
  it('runs the CLI from the JavaScript copy of the sources as they are now', () => {
    const run = spawnSync(process.execPath, [CLI_FROM_SOURCES, '--version'], { encoding: 'utf8', env: { ...process.env, CI: 'true' } });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout.trim()).toBe(VERSION);
    // The copy of today's sources (made by the run above, or found by it): what the run loaded.
    const copy = compiledGenerator(join(PROJECT_ROOT, 'generator'));
    expect(copy).toMatch(/[\\/]node_modules[\\/]\.cache[\\/]md2ts[\\/]js[\\/][0-9a-f]{16}$/);
    for (const file of ['cli/main.js', 'cli/main.js.map', 'cli/allocator-settings.mjs', 'parallel/compiled-generator.mjs']) expect(existsSync(join(copy, file)), file).toBe(true);
  });

  it('stops with one line saying where, when a source cannot be compiled', () => {
    // A generator/ folder of its own, below this project's node_modules so Rolldown resolves.
    const lone = join(PROJECT_ROOT, 'node_modules', '.cache', 'md2ts-from-sources-test');
    rmSync(lone, { recursive: true, force: true });
    for (const file of ['cli/from-sources.mjs', 'cli/allocator-settings.mjs', 'parallel/compiled-generator.mjs', 'emit/compile/oxc-problem.mjs']) cpSync(join(PROJECT_ROOT, 'generator', file), join(lone, 'generator', file));
    writeFileSync(join(lone, 'generator', 'cli', 'main.ts'), 'export const a = 1;\nexport const b: = 2;\n');
    const run = spawnSync(process.execPath, [join(lone, 'generator', 'cli', 'from-sources.mjs'), '--version'], { encoding: 'utf8' });
    rmSync(lone, { recursive: true, force: true });
    expect(run.stderr).toMatch(/^md2ts: cannot run from its sources \(their JavaScript copy goes to node_modules\/\.cache\/md2ts\/js\): cannot compile generator\/cli\/main\.ts:2:\d+ to JavaScript: /);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.status).toBe(1);
  });

  it('ends quietly when its reader stops reading (`md2ts generate --help | head -1`)', async () => {
    const child = spawn(process.execPath, [CLI_FROM_SOURCES, 'generate', '--help'], { env: { ...process.env, CI: 'true' } });
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    // The reader takes nothing: the pipe is closed before the help is written.
    child.stdout.destroy();
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(stderr).not.toMatch(/EPIPE|Error/);
    expect(code).toBe(0);
  });
});
