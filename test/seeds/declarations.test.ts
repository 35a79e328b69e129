import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Project } from 'ts-morph';
import { describe, expect, it } from 'vitest';
import { generateSeeds } from '../support/seeds.js';

describe("the package's declarations", () => {
  it('declare only the validators themselves: the helpers they share (`__checkX`, `__isXMember`) are local to their module', () => {
    const { files } = generateSeeds();
    const declarations = files.get('dist/validators.d.ts') ?? '';
    expect(declarations).toMatch(/export declare function validateImportedDeviceIdentity\(/);
    expect(declarations).not.toMatch(/\b__\w+/);
    // Their JavaScript still has them, unexported: validators of other types call them.
    const js = files.get('dist/validators.js') ?? '';
    expect(js).toMatch(/^function __checkImportedDeviceIdentity\(/m);
    expect(js).not.toMatch(/export function __/);
  });
});

describe("the package's public names (what `import … from 'the-package'` offers)", () => {
  const { files } = generateSeeds();

  /** Names `dist/index.d.ts` exports, as a consumer's compiler resolves them through every `export *`. */
  function declaredNames(): string[] {
    const project = new Project({ useInMemoryFileSystem: true, compilerOptions: { strict: true } });
    for (const [path, text] of files) if (path.endsWith('.d.ts')) project.createSourceFile(`/pkg/${path}`, text);
    return [...project.getSourceFileOrThrow('/pkg/dist/index.d.ts').getExportedDeclarations().keys()].sort();
  }

  /** Names `dist/index.js` exports at run time (written to a scratch folder and imported). */
  async function runtimeNames(): Promise<string[]> {
    const dir = mkdtempSync(join(tmpdir(), 'md2ts-public-names-'));
    try {
      for (const [path, text] of files) {
        if (!path.endsWith('.js') && path !== 'package.json') continue;
        mkdirSync(dirname(join(dir, path)), { recursive: true });
        writeFileSync(join(dir, path), text);
      }
      return Object.keys((await import(pathToFileURL(join(dir, 'dist/index.js')).href)) as object).sort();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }

  it('are pinned: a name made public or dropped by mistake shows here', async () => {
    const declared = declaredNames();
    const runtime = await runtimeNames();
    expect(declared.filter((name) => name.startsWith('_'))).toEqual([]);
    // Every value a consumer can import is declared, so the types and the JavaScript agree.
    expect(runtime.filter((name) => !declared.includes(name))).toEqual([]);
    expect({ declared, runtime }).toMatchSnapshot();
  });
});
