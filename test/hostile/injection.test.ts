import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ts from 'typescript';
import { beforeAll, describe, expect, it } from 'vitest';
import { runInProcess } from '../cli/run-in-process.js';
import { PROJECT_ROOT } from '../support/seeds.js';

/**
 * Docs written to break out of the emitted code: `*\/`, backticks, `${...}`, quotes, newlines,
 * `</script>`, U+2028/2029, reserved-word and digit-leading names, hostile paths. Every payload
 * would set `globalThis.pwned` or write a file named PWNED if it ran.
 */
const DOCS = join(import.meta.dirname, 'injection', 'docs');

/** A page under a folder named `evil*`, so its source path (printed in doc comments) holds `*\/`. */
const STAR_PATH_PAGE = `---
title: "starPathWidget resource type"
---

# starPathWidget resource type

Namespace: microsoft.graph

Escaped: \\*/ process.getBuiltinModule('node:fs').writeFileSync('PWNED', 'escaped'); /\\* and in code: \`*/ process.getBuiltinModule('node:fs').writeFileSync('PWNED', 'code'); /*\`

## Properties

|Property|Type|Description|
|:---|:---|:---|
|name|String|\`*/ globalThis.pwned = 'star'; /*\` then a line\u2028separator and a paragraph\u2029separator|
`;

let dir: string;
let pkg: string;
let status: number;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'md2ts-injection-'));
  cpSync(DOCS, join(dir, 'docs'), { recursive: true });
  mkdirSync(join(dir, 'docs', 'evil*'));
  writeFileSync(join(dir, 'docs', 'evil*', 'page.md'), STAR_PATH_PAGE);
  pkg = join(dir, 'pkg');
  status = (await runInProcess(['generate', '--input', join(dir, 'docs'), '--out', pkg, '--quiet'])).status;
});

const emittedCode = (): [string, string][] =>
  readdirSync(pkg, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && /\.(ts|js)$/.test(e.name))
    .map((e) => [join(e.parentPath, e.name), readFileSync(join(e.parentPath, e.name), 'utf8')]);

/** Identifiers in code (not in comments or strings, which the parser does not make nodes of) that only a payload brings. */
function injectedIdentifiers(path: string, text: string): string[] {
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isIdentifier(node) && ['pwned', 'getBuiltinModule', 'writeFileSync'].includes(node.text)) found.push(`${path}: ${node.text}`);
    node.forEachChild(visit);
  };
  visit(ts.createSourceFile(path, text, ts.ScriptTarget.ES2022, true));
  return found;
}

describe('docs that try to inject code', () => {
  it('generate a package', () => {
    expect(status).toBe(0);
  });

  it('that type-checks with tsc --strict', () => {
    const tsc = join(PROJECT_ROOT, 'node_modules/typescript/bin/tsc');
    expect(() => execFileSync(process.execPath, [tsc, '-p', join(pkg, 'tsconfig.json'), '--noEmit'], { encoding: 'utf8', stdio: 'pipe' })).not.toThrow();
  });

  it('whose code holds none of the payloads outside comments and strings', () => {
    expect(emittedCode().flatMap(([path, text]) => injectedIdentifiers(path, text))).toEqual([]);
  });

  it('that runs no injected code when imported and used, and does what the docs say', () => {
    const script = `
      import * as api from ${JSON.stringify(join(pkg, 'dist/index.js'))};
      const requests = [];
      const client = api.createClient({ fetch: async (url, init) => { requests.push({ url: String(url), method: init?.method }); return new Response('{}', { status: 200, headers: { 'content-type': 'application/json' } }); } });
      const widget = JSON.parse('{"__proto__": "p", "constructor": "c", "class": "k", "odd-name": "o", "color": "__proto__"}');
      await api.postEvilWidgetsByIdChildrenByIdQuoteDGlobalThisPwned(client, { widgetId: 'w/1', childId: "c'2", globalThisPwned: 'x' }, widget);
      await api.getEvilWidgetsTickTockBackGlobalThisPwnedPathById(client, { globalThisPwnedPath: 'p', id: '7' });
      console.log(JSON.stringify({
        pwned: globalThis.pwned ?? null,
        colors: Object.keys(api.EvilColor),
        colorValues: Object.values(api.EvilColor),
        widgetOk: api.validateEvilWidget(widget).ok,
        badWidget: api.validateEvilWidget({ 'odd-name': 1 }),
        memberOk: ['red', '__proto__', 'constructor', 'default'].map((m) => api.isEvilColor(m)),
        notMember: api.isEvilColor('toString'),
        requests,
      }));`;
    const output = execFileSync(process.execPath, ['--input-type=module', '-e', script], { cwd: dir, encoding: 'utf8' });
    const result = JSON.parse(output) as Record<string, unknown>;
    expect(result['pwned']).toBeNull();
    expect(existsSync(join(dir, 'PWNED'))).toBe(false);
    expect(result['colors']).toEqual(['red', 'quotemember', 'default', '__proto__', 'constructor']);
    expect(result['colorValues']).toEqual(result['colors']);
    expect(result['widgetOk']).toBe(true);
    expect(result['badWidget']).toEqual({ ok: false, errors: [{ path: 'odd-name', expected: 'string', received: 'number 1' }] });
    expect(result['memberOk']).toEqual([true, true, true, true]);
    expect(result['notMember']).toBe(false);
    // The paths as the docs write them, literal text kept (fetch percent-encodes what it must), parameters encoded.
    expect(result['requests']).toEqual([
      { method: 'POST', url: `https://graph.microsoft.com/v1.0/evilWidgets/w%2F1/children('c''2')/quote"d/$x` },
      { method: 'GET', url: 'https://graph.microsoft.com/v1.0/evilWidgets/tick`tock\\back/$p/7' },
    ]);
  });

  it('keeps every payload inside a comment that stays closed (doc comments included)', () => {
    for (const [path, text] of emittedCode()) {
      const scanner = ts.createScanner(ts.ScriptTarget.ES2022, false, ts.LanguageVariant.Standard, text);
      for (let token = scanner.scan(); token !== ts.SyntaxKind.EndOfFileToken; token = scanner.scan()) {
        if (token === ts.SyntaxKind.MultiLineCommentTrivia) expect(scanner.getTokenText().slice(2, -2), path).not.toContain('*/');
      }
    }
  });
});
