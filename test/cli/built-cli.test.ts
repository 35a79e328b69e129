import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DOCS_INPUT, GENERATED, PROJECT_ROOT } from '../support/seeds.js';

/**
 * The CLI as npm installs it: `bin` points at `dist/`, JavaScript built by `tsc`, not at the
 * sources (which the other tests run, in this process or through `from-sources.mjs` and its
 * copy of them). Anything that finds md2ts's own files by path (the cache's code
 * version, worker entries, templates) must work from there too. Built below node_modules so the
 * dependencies resolve as in an installed package.
 */
describe('the built md2ts (dist/, as installed)', () => {
  it('generates the seeds through parse workers, the cache and the validators worker, as the sources do', () => {
    const build = join(PROJECT_ROOT, 'node_modules', '.cache', 'md2ts-built-cli-test');
    rmSync(build, { recursive: true, force: true });
    execFileSync(process.execPath, [join(PROJECT_ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', join(PROJECT_ROOT, 'tsconfig.build.json'), '--outDir', build]);
    const scratch = mkdtempSync(join(tmpdir(), 'md2ts-built-'));
    // 40 copies of the seeds, enough pages for the parse stage to start workers.
    for (let i = 0; i < 40; i++) cpSync(DOCS_INPUT, join(scratch, 'docs', `copy-${String(i).padStart(2, '0')}`), { recursive: true });
    const args = [join(build, 'generator', 'cli', 'main.js'), 'generate', '--input', join(scratch, 'docs'), '--out', join(scratch, 'pkg'), '--cache', join(scratch, 'cache'), '--workers', '2'];
    const runs = [0, 1].map(() => spawnSync(process.execPath, args, { encoding: 'utf8', env: { ...process.env, CI: 'true' } }));
    for (const run of runs) {
      expect(run.stderr).not.toMatch(/internal error|worker/i);
      expect(run.status).toBe(0);
      // The seeds' two invalid response examples, in each copy.
      expect(run.stdout).toContain('examples: parsed 160/160, typed 160/160, valid 80/160');
    }
    expect(readFileSync(join(scratch, 'pkg', 'src', 'index.ts'), 'utf8')).toBe(readFileSync(join(GENERATED, 'src', 'index.ts'), 'utf8'));
  });
});
