import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { GENERATED, PROJECT_ROOT, generateSeeds } from './support/seeds.js';

/**
 * A fresh consumer project beside the committed package: `node_modules/md2ts-generated` links
 * to generated/ (as `npm install ../generated` does), and the TypeScript of this repository
 * compiles it with --strict and NodeNext.
 */
function setUpConsumer(): string {
  const dir = mkdtempSync(join(tmpdir(), 'md2ts-consumer-'));
  cpSync(join(PROJECT_ROOT, 'test/consumer'), dir, { recursive: true });
  mkdirSync(join(dir, 'node_modules/@types'), { recursive: true });
  symlinkSync(GENERATED, join(dir, 'node_modules/md2ts-generated'), 'dir');
  symlinkSync(join(PROJECT_ROOT, 'node_modules/@types/node'), join(dir, 'node_modules/@types/node'), 'dir');
  return dir;
}

let dir: string;
beforeAll(() => {
  dir = setUpConsumer();
  const examples = generateSeeds()
    .model.examples.filter((example) => example.role === 'response')
    .map((example) => ({ name: example.place.file, body: example.body }));
  writeFileSync(join(dir, 'examples.json'), JSON.stringify(examples));
});

describe('a consumer project', () => {
  it('compiles against the package with tsc --strict, module NodeNext', () => {
    const tsc = join(PROJECT_ROOT, 'node_modules/typescript/bin/tsc');
    expect(() => execFileSync(process.execPath, [tsc, '-p', join(dir, 'tsconfig.json')], { encoding: 'utf8', stdio: 'pipe' })).not.toThrow();
  });

  it("validates the seeds' response examples: 001's is valid, 000's has an error at enrollmentState", () => {
    const output = execFileSync(process.execPath, [join(dir, 'dist/main.js'), join(dir, 'examples.json')], { encoding: 'utf8' });
    const { verdicts, typedIsValid } = JSON.parse(output) as {
      verdicts: { name: string; result: { ok: boolean; errors?: { path: string; expected: string; received: string }[] } }[];
      typedIsValid: boolean;
    };
    expect(typedIsValid).toBe(true);
    const byPage = new Map(verdicts.map((v) => [v.name, v.result]));
    expect(byPage.get('intune-enrollment-importeddeviceidentityresult-create.md')).toEqual({ ok: true });
    const seed000 = byPage.get('intune-enrollment-importeddeviceidentity-create.md');
    expect(seed000?.ok).toBe(false);
    expect(seed000?.errors?.map((e) => e.path)).toContain('enrollmentState');
    expect(seed000?.errors?.find((e) => e.path === 'enrollmentState')?.received).toContain('String');
  });

  it('works from plain Node ESM JavaScript', () => {
    const output = execFileSync(process.execPath, [join(dir, 'src/plain.mjs')], { encoding: 'utf8', cwd: dir });
    const checks = JSON.parse(output) as { member: boolean; notMember: boolean; derived: { ok: boolean; errors: { path: string }[] } };
    expect(checks.member).toBe(true);
    expect(checks.notMember).toBe(false);
    expect(checks.derived.ok).toBe(false);
    expect(checks.derived.errors.map((e) => e.path)).toEqual(['status']);
  });
});
