import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { readSeedPages } from '../support/seeds.js';

/** The pages mutations start from: the seeds and the injection test's docs (every doc convention md2ts reads). */
export function seedTexts(): string[] {
  const injection = join(import.meta.dirname, '..', 'hostile', 'injection', 'docs');
  const extra = readdirSync(injection, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith('.md'))
    .map((e) => readFileSync(join(e.parentPath, e.name), 'utf8'));
  return [...readSeedPages().map((page) => page.text), ...extra];
}

/** Text that breaks things: table pipes, fences, comment ends, template holes, separators, astral and lone surrogates. */
const nasty = fc.constantFrom('|', '||', '`', '```', '```json', '~~~', '*/', '/*', '${', '}', '"', "'", '\\', '<!-- {', '}-->', '-->', '---', '</script>', '\u2028', '\u2029', '\r', '\r\n', '\t', '\u0000', '\uFEFF', '\uD800', '😀', '#', '> ', '- ', '1. ', '[', '](', '{id}', '&lt;', '&#0;');
const noise = fc.oneof(nasty, fc.string({ unit: 'binary', maxLength: 12 }), fc.string({ unit: 'grapheme-ascii', maxLength: 20 }));

type Mutation = (lines: string[]) => string[];

const at = (lines: readonly string[], n: number): number => (lines.length === 0 ? 0 : n % lines.length);
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.nat().map((n): Mutation => (lines) => lines.filter((_, i) => i !== at(lines, n))),
  fc.nat().map((n): Mutation => (lines) => lines.flatMap((line, i) => (i === at(lines, n) ? [line, line] : [line]))),
  fc.tuple(fc.nat(), fc.nat(), noise).map(([n, col, text]): Mutation => (lines) => lines.map((line, i) => (i === at(lines, n) ? line.slice(0, col % (line.length + 1)) + text + line.slice(col % (line.length + 1)) : line))),
  fc.tuple(fc.nat(), noise).map(([n, text]): Mutation => (lines) => [...lines.slice(0, at(lines, n)), text, ...lines.slice(at(lines, n))]),
  fc.tuple(fc.nat(), fc.nat()).map(([a, b]): Mutation => (lines) => {
    const copy = [...lines];
    const [i, j] = [at(lines, a), at(lines, b)];
    [copy[i], copy[j]] = [copy[j] ?? '', copy[i] ?? ''];
    return copy;
  }),
  fc.nat().map((n): Mutation => (lines) => lines.slice(0, at(lines, n))),
  fc.tuple(fc.nat(), fc.nat()).map(([n, cut]): Mutation => (lines) => lines.map((line, i) => (i === at(lines, n) ? line.slice(0, cut % (line.length + 1)) : line))),
);

/** A seed page with 1 to 8 mutations: lines deleted, duplicated, swapped, cut; nasty text inserted; the page truncated. */
export function mutatedPage(seeds: readonly string[]): fc.Arbitrary<string> {
  return fc.tuple(fc.constantFrom(...seeds), fc.array(mutation, { minLength: 1, maxLength: 8 }), fc.boolean()).map(([seed, mutations, crlf]) => {
    const text = mutations.reduce((lines, mutate) => mutate(lines), seed.split('\n')).join('\n');
    return crlf ? text.replace(/\n/g, '\r\n') : text;
  });
}

const cell = fc.oneof(noise, fc.constantFrom('String', 'Int32', 'DateTimeOffset', '[user](user.md)', 'Collection(String)', 'Enumeration', 'Possible values are: `a`, `b`.'));
const fragment = fc.oneof(
  fc.constantFrom('---\ntitle: "x resource type"\n---', '---\ntitle: [\n---', '# x resource type', 'Namespace: microsoft.graph', '## Properties', '## HTTP request', '## Permissions', '## Response', '### Request', '## JSON representation'),
  fc.array(cell, { minLength: 1, maxLength: 4 }).map((cells) => `|${cells.join('|')}|`),
  fc.constantFrom('|Property|Type|Description|\n|:---|:---|:---|', '|Member|Value|Description|\n|:---|:---|:---|', '|Permission type|Permissions|\n|:---|:---|'),
  fc.tuple(fc.constantFrom('```http', '```json', '```', '~~~'), fc.array(noise, { maxLength: 4 }), fc.boolean()).map(([open, body, close]) => `${open}\n${body.join('\n')}${close ? '\n```' : ''}`),
  fc.constantFrom('POST /things/{id}', 'GET /me/things(\'{x}\')', 'HTTP/1.1 201 Created', '{ "a": 1, }', '{"@odata.type": "#microsoft.graph.x"}', '<!-- { "blockType": "request" } -->', '<!-- {'),
  fc.array(noise, { maxLength: 6 }).map((parts) => parts.join(' ')),
);

/** Markdown made of the pieces API docs are made of, in any order, and noise. */
export const randomMarkdown: fc.Arbitrary<string> = fc.array(fragment, { maxLength: 30 }).map((parts) => parts.join('\n'));
