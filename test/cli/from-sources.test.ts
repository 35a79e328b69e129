import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLI_FROM_SOURCES } from '../support/run-cli.js';
import { PROJECT_ROOT } from '../support/seeds.js';

const VERSION = (JSON.parse(readFileSync(join(PROJECT_ROOT, 'package.json'), 'utf8')) as { version: string }).version;

/**
 * `npm run generate` / `npm run md2ts` (generator/cli/from-sources.mjs): md2ts from a JavaScript
 * copy of its sources, on plain Node. The other CLI tests run every command through it; these
 * pin what is its own.
 */
describe('from-sources.mjs', () => {
  it('runs the CLI from a JavaScript copy of generator/, which holds its JavaScript modules as they are', () => {
    const run = spawnSync(process.execPath, [CLI_FROM_SOURCES, '--version'], { encoding: 'utf8', env: { ...process.env, CI: 'true' } });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout.trim()).toBe(VERSION);
    const root = join(PROJECT_ROOT, 'node_modules', '.cache', 'md2ts', 'js');
    const copies = readdirSync(root).filter((name) => /^[0-9a-f]{16}$/.test(name) && existsSync(join(root, name, 'cli', 'main.js')));
    expect(copies.length).toBeGreaterThan(0);
    const builder = readFileSync(join(PROJECT_ROOT, 'generator', 'parallel', 'compiled-generator.mjs'), 'utf8');
    expect(copies.some((name) => readFileSync(join(root, name, 'parallel', 'compiled-generator.mjs'), 'utf8') === builder)).toBe(true);
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
