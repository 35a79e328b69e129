import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ApiModel, PageFacts } from '../../../generator/model/index.js';
import { parsePageSafely } from '../../../generator/parallel/parse-page-safely.js';
import { buildModel, createStructureMemo } from '../../../generator/reconcile/build-model.js';
import { buildStructure } from '../../../generator/reconcile/build-structure.js';
import { describeModel } from '../../../generator/reconcile/prose/describe-model.js';
import type { ProseTexts } from '../../../generator/reconcile/prose/prose-expr.js';
import { firstProse, longestProse, proseRef, resolveProse } from '../../../generator/reconcile/prose/prose-expr.js';
import { splitProse } from '../../../generator/reconcile/prose/split-prose.js';
import { PROJECT_ROOT, readSeedPages } from '../../support/seeds.js';

const TEXTS: Record<string, string[]> = { 'a.md': ['Short.', 'The longer one.', 'Inherited from entity.', 'Same size b.', 'Same size a.', ''] };
const texts: ProseTexts = new Map(Object.entries(TEXTS));
const NO_TEXTS: ProseTexts = new Map();
const ref = (index: number): string => proseRef('a.md', index);

const resolveCases: [string, { expr: string; want: string | undefined }][] = [
  ['text reconciling wrote itself stands', { expr: 'The URL of the object to reference.', want: 'The URL of the object to reference.' }],
  ['a reference is its page text, as written', { expr: ref(1), want: 'The longer one.' }],
  ['a choice takes the longest', { expr: longestProse([ref(0), ref(1)]) ?? '', want: 'The longer one.' }],
  ['a choice cleans before it measures ("Inherited from" is dropped)', { expr: longestProse([ref(2), ref(0)]) ?? '', want: 'Short.' }],
  ['a choice with nothing left once cleaned is no description', { expr: longestProse([ref(2)]) ?? '', want: undefined }],
  ['a tie in length goes to the first alphabetically', { expr: longestProse([ref(3), ref(4)]) ?? '', want: 'Same size a.' }],
  ['a choice may hold plain text', { expr: longestProse(['Plain words  here.', ref(0)]) ?? '', want: 'Plain words here.' }],
  ['an empty cell never wins the longest', { expr: longestProse([ref(5)]) ?? '', want: undefined }],
  ['the first with words, skipping an empty cell', { expr: firstProse([ref(5), undefined, ref(0), ref(1)]) ?? '', want: 'Short.' }],
  ['the first with words is taken as written (no cleaning)', { expr: firstProse([ref(2)]) ?? '', want: 'Inherited from entity.' }],
  ['the first with words may be a constant after an empty cell', { expr: firstProse([ref(5), 'Selects properties.']) ?? '', want: 'Selects properties.' }],
  ['a constant keeps digits, colons and a leading t as written', { expr: firstProse([ref(5), 'text at 12:30 t']) ?? '', want: 'text at 12:30 t' }],
  ['a first among firsts is one choice', { expr: firstProse([firstProse([ref(5), ref(5)]), ref(4)]) ?? '', want: 'Same size a.' }],
];

describe('prose expressions: what reconciling writes where the words will go', () => {
  it.each(resolveCases)('%s', (_name, { expr, want }) => {
    expect(resolveProse(expr, texts)).toBe(want);
  });

  it('a choice among empty descriptions is no description at all', () => {
    expect(longestProse(['', ''])).toBeUndefined();
    expect(longestProse([])).toBeUndefined();
    expect(firstProse([undefined, ''])).toBeUndefined();
  });

  it('a choice of one rule inside another is a bug (nothing merges that way)', () => {
    expect(() => firstProse([longestProse([ref(0)])])).toThrow(/cannot hold a choice of another/);
  });

  it('refuses a constant holding NUL, and an expression with a rule it does not know', () => {
    expect(() => firstProse(['a\u0000b'])).toThrow(/holds NUL/);
    expect(() => resolveProse('\u0000Z\u0000tabc', texts)).toThrow(/no such choice/);
  });

  it('resolves a reference to a file whose name holds a colon', () => {
    expect(resolveProse(firstProse([proseRef('a:b.md', 0)]) ?? '', new Map([['a:b.md', ['Colon.']]]))).toBe('Colon.');
  });

  it('merging claim by claim does not nest choices (each level would grow the expression)', () => {
    let merged: string | undefined;
    for (let claim = 0; claim < 200; claim++) merged = firstProse([merged, ref(5)]);
    expect(merged).toBe(firstProse(Array.from({ length: 200 }, () => ref(5))));
  });

  it('a reference to text that is not there is a bug, not an empty description', () => {
    expect(() => resolveProse(ref(9), texts)).toThrow(/no prose for "9:a\.md"/);
  });
});

const seedFacts = (): PageFacts[] => readSeedPages().map(parsePageSafely);

/** An action page with what the seeds lack: query options and a request body that names no type (body parameters). */
const ACTION_PAGE = `---
title: "widget: reset"
description: "Reset a widget."
---
# widget: reset

Namespace: microsoft.graph

Reset a widget to its defaults.

## HTTP request
<!-- { "blockType": "ignored" } -->
\`\`\`http
POST /widgets/{id}/reset
\`\`\`

## Optional query parameters
|Name|Type|Description|
|:---|:---|:---|
|$select|String|Properties to return.|
|mode|String|How hard to reset.|

## Request body
|Parameter|Type|Description|
|:---|:---|:---|
|force|Boolean|Whether to force it.|
|reason|String||

## Response
If successful, this action returns a \`204 No Content\` response code.
`;

/** The seeds, the corpus-page fixtures (enum member tables, values sections, a resource page) and the action page. */
function richFacts(action = ACTION_PAGE): PageFacts[] {
  const root = join(PROJECT_ROOT, 'test/fixtures/corpus-pages');
  const fixtures = readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.md'))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort()
    .map((path) => ({ file: relative(root, path).split('\\').join('/'), text: readFileSync(path, 'utf8') }));
  return [...readSeedPages(), ...fixtures, { file: 'api/widget-reset.md', text: action }].map(parsePageSafely);
}

/** The page with every prose field reworded (through its split, so no field is missed). */
function reword(page: PageFacts, words: (text: string) => string): PageFacts {
  const { structure, texts: all } = splitProse(page);
  const put = (value: unknown): unknown => {
    if (typeof value === 'string' && value.startsWith('\u0000')) return words(resolveProse(value, new Map([[page.file, all]])) ?? '');
    if (Array.isArray(value)) return value.map(put);
    if (value !== null && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, put(inner)]));
    return value;
  };
  return put(structure) as PageFacts;
}

/** The page with ` Reworded.` after the description of every property row (empty ones included). */
const rewordRows = (page: PageFacts): PageFacts => ({
  ...page,
  typeDescriptions: page.typeDescriptions.map((d) => ({ ...d, properties: d.properties.map((p) => ({ ...p, description: `${p.description} Reworded.` })) })),
});

/** Every description in a model, by where it sits. */
function descriptionsByKind(model: ApiModel): Record<string, (string | undefined)[]> {
  return {
    properties: model.objects.flatMap((o) => o.properties.map((p) => p.meta.description)),
    members: model.enums.flatMap((e) => e.members.map((m) => m.meta.description)),
    operations: model.operations.map((o) => o.meta.description),
    queryParameters: model.operations.flatMap((o) => o.queryParameters.map((q) => q.meta.description)),
    bodyParameters: model.operations.flatMap((o) => o.bodyParameters.map((b) => b.meta.description)),
  };
}

describe('splitProse: a page facts with its words taken out', () => {
  it('refers to every text it takes, each once, from wherever it sits in the facts', () => {
    for (const page of richFacts()) {
      const { structure, texts: all } = splitProse(page);
      const refs: string[] = [];
      const walk = (value: unknown): void => {
        if (typeof value === 'string' && value.startsWith('\u0000')) refs.push(value);
        else if (value !== null && typeof value === 'object') Object.values(value).forEach(walk);
      };
      walk(structure);
      expect(refs.length, page.file).toBe(all.length);
      expect(new Set(refs).size, page.file).toBe(all.length);
    }
  });

  it('replaces every description and summary by a reference to it, keeping what the parser read from the words', () => {
    for (const page of seedFacts()) {
      const { structure, texts: words } = splitProse(page);
      const rows = page.typeDescriptions.flatMap((d) => d.properties);
      const splitRows = structure.typeDescriptions.flatMap((d) => d.properties);
      expect(rows.length).toBeGreaterThan(0);
      splitRows.forEach((row, index) => {
        const original = rows[index];
        expect(row.description.startsWith('\u0000')).toBe(true);
        expect(resolveProse(row.description, new Map([[page.file, words]]))).toBe(original?.description);
        expect({ ...row, description: '' }).toEqual({ ...original, description: '' });
      });
      expect(structure.operation?.summary?.startsWith('\u0000')).toBe(true);
      // No row's words are left in the structure (the front matter is read as it stands: its `description` is not prose the model carries).
      const left = JSON.stringify({ ...structure, frontMatter: undefined });
      for (const row of rows) if (row.description.length > 12) expect(left).not.toContain(JSON.stringify(row.description).slice(1, -1));
    }
  });

  it('gives the same structure for pages that differ only in their words', () => {
    const [page] = seedFacts();
    if (!page) throw new Error('no seed page');
    // Empty cells filled in too: whether a cell has words is words as well.
    const reworded = rewordRows(page);
    expect(splitProse(reworded).structure).toEqual(splitProse(page).structure);
    expect(splitProse(reworded).texts).not.toEqual(splitProse(page).texts);
  });
});

describe('buildModel: the structure, then the words', () => {
  it('gives what reconciling the facts with their words in gives (splitting changes nothing)', () => {
    const facts = seedFacts();
    const model = buildModel(facts);
    expect(describeModel(buildStructure(facts), NO_TEXTS)).toEqual(model);
    expect(model.objects.flatMap((o) => o.properties).filter((p) => p.meta.description !== undefined).length).toBeGreaterThan(5);
    expect(JSON.stringify(model)).not.toContain('\\u0000');
  });

  it('with a memo, reuses the structure when only words changed, and rebuilds it when the structure did', () => {
    const facts = seedFacts();
    const memo = createStructureMemo();
    const first = buildModel(facts, memo);
    const structure = memo.last?.model;
    const descriptionsOf = (model: ApiModel): (string | undefined)[] => model.objects.flatMap((o) => o.properties.map((p) => p.meta.description));

    const [page, ...rest] = facts;
    if (!page) throw new Error('no seed page');
    const reworded = rewordRows(page);
    const second = buildModel([reworded, ...rest], memo);
    expect(memo.last?.model).toBe(structure);
    expect(second).toEqual(buildModel([reworded, ...rest]));
    expect(descriptionsOf(second)).not.toEqual(descriptionsOf(first));
    expect(descriptionsOf(second).some((text) => text?.endsWith('Reworded.'))).toBe(true);

    const renamed = { ...reworded, typeDescriptions: reworded.typeDescriptions.map((d) => ({ ...d, properties: d.properties.map((p, index) => (index === 0 ? { ...p, name: 'renamedByTheTest' } : p)) })) };
    const third = buildModel([renamed, ...rest], memo);
    expect(memo.last?.model).not.toBe(structure);
    expect(third).toEqual(buildModel([renamed, ...rest]));
    expect(third.objects.some((o) => o.properties.some((p) => p.name === 'renamedByTheTest'))).toBe(true);

    // A page gone is a structural change too.
    const fourth = buildModel(rest, memo);
    expect(fourth).toEqual(buildModel(rest));
  });

  it('with a memo, rebuilding the structure reads the operations again only of pages that changed', () => {
    const facts = richFacts();
    const memo = createStructureMemo();
    buildModel(facts, memo);
    const api = facts.filter((page) => page.operation !== undefined);
    const linesOf = (page: PageFacts): unknown => {
      const split = memo.splits.get(page)?.structure;
      return split === undefined ? undefined : memo.lines.get(split);
    };
    const before = api.map(linesOf);
    expect(before.every((lines) => lines !== undefined)).toBe(true);

    // One API page gets one more request line: its operations are read again, every other page's kept.
    const [changed, ...others] = api;
    if (!changed?.operation) throw new Error('no API page');
    const line = changed.operation.requests[0];
    if (!line) throw new Error('no request line');
    const extended: PageFacts = { ...changed, operation: { ...changed.operation, requests: [...changed.operation.requests, { ...line, path: `${line.path}/addedByTheTest` }] } };
    const pages = facts.map((page) => (page === changed ? extended : page));
    const rebuilt = buildModel(pages, memo);
    expect(rebuilt).toEqual(buildModel(pages));
    expect(rebuilt.operations.some((operation) => operation.path.endsWith('/addedByTheTest'))).toBe(true);
    expect(others.map(linesOf)).toEqual(before.slice(1));
    for (const [index, page] of others.entries()) expect(linesOf(page)).toBe(before[index + 1]);
    expect(linesOf(extended)).not.toBe(before[0]);
  });

  it('with a memo, keeps last run’s object for every declaration an edit left as it was, words included', () => {
    const facts = richFacts();
    const memo = createStructureMemo();
    const first = buildModel(facts, memo);
    const declarations = (model: ApiModel): { id: string }[] => [...model.objects, ...model.enums, ...model.operations];
    const kept = (before: ApiModel, after: ApiModel): { same: number; changed: string[] } => {
      const previous = new Map(declarations(before).map((node) => [node.id, node]));
      // Made anew: a declaration that differs, or that reads words from the edited page (kept by what it reads, not by what it makes).
      const changed = declarations(after).filter((node) => previous.get(node.id) !== node);
      return { same: declarations(after).length - changed.length, changed: changed.map((node) => node.id) };
    };

    // A property added to one type: the structure is rebuilt, the rest kept.
    const [page, ...rest] = facts;
    const description = page?.typeDescriptions[0];
    if (!page || !description) throw new Error('no resource page');
    const added: PageFacts = { ...page, typeDescriptions: [{ ...description, properties: [...description.properties, { ...description.properties[0]!, name: 'addedByTheTest' }] }, ...page.typeDescriptions.slice(1)] };
    const second = buildModel([added, ...rest], memo);
    expect(second).toEqual(buildModel([added, ...rest]));
    const afterAdding = kept(first, second);
    const grown = second.objects.find((object) => object.properties.some((property) => property.name === 'addedByTheTest'));
    expect(afterAdding.changed).toContain(grown?.id);
    expect(afterAdding.same).toBeGreaterThan(afterAdding.changed.length);

    // Words edited on one page: declarations whose words come from other pages are last run's objects.
    const reworded = [added, ...rest.map((other, index) => (index === 0 ? reword(other, (text) => `${text} Reworded.`) : other))];
    const third = buildModel(reworded, memo);
    expect(third).toEqual(buildModel(reworded));
    const afterRewording = kept(second, third);
    expect(afterRewording.changed.length).toBeGreaterThan(0);
    expect(afterRewording.same).toBeGreaterThan(0);
  });

  it('with a memo, gives every kind of description its new words when all of them change, reusing the structure', () => {
    const facts = richFacts();
    const memo = createStructureMemo();
    const before = descriptionsByKind(buildModel(facts, memo));
    const structure = memo.last?.model;
    // Each kind of description is there to change (a test of the fixture, not of the code).
    for (const [kind, list] of Object.entries(before)) expect(list.filter((text) => text !== undefined).length, kind).toBeGreaterThan(0);

    const reworded = facts.map((page) => reword(page, (text) => `${text} Reworded.`));
    const model = buildModel(reworded, memo);
    expect(memo.last?.model).toBe(structure);
    expect(model).toEqual(buildModel(reworded));
    for (const [kind, list] of Object.entries(descriptionsByKind(model))) {
      expect(list.length, kind).toBe(before[kind]?.length);
      // An empty field filled in has words now; a description that had words keeps them, reworded.
      expect(list.filter((text) => text?.endsWith('Reworded.')).length, kind).toBeGreaterThan(0);
      list.forEach((text, index) => expect(text === undefined || text.endsWith('Reworded.') || text === before[kind]?.[index], `${kind} ${index}: ${text}`).toBe(true));
    }
  });

  const rebuildCases: [string, (text: string) => string][] = [
    ['"Required." added to a row (the parser reads it)', (text) => text.replace('|reason|String||', '|reason|String|Required.|')],
    ['possible values listed in a row', (text) => text.replace('|reason|String||', '|reason|String|Possible values are: `soft`, `hard`.|')],
    ['a line of prose above a table (its rows move down a line)', (text) => text.replace('## Request body\n', '## Request body\nA new line.\n\n')],
  ];
  it.each(rebuildCases)('with a memo, rebuilds the structure for words the parser reads or that move facts: %s', (_name, edit) => {
    const memo = createStructureMemo();
    buildModel(richFacts(), memo);
    const structure = memo.last?.model;
    const edited = richFacts(edit(ACTION_PAGE));
    expect(edit(ACTION_PAGE)).not.toBe(ACTION_PAGE);
    const model = buildModel(edited, memo);
    expect(memo.last?.model).not.toBe(structure);
    expect(model).toEqual(buildModel(edited));
  });

  it('keeps the words of two pages under one name apart (only the library API can pass such pages)', () => {
    const [page] = seedFacts();
    if (!page) throw new Error('no seed page');
    const twin = reword(page, (text) => (text === '' ? '' : `${text} In the twin.`));
    const model = buildModel([page, twin]);
    expect(JSON.stringify(model)).not.toContain('\\u0000');
    expect(model).toEqual(describeModel(buildStructure([page, twin]), NO_TEXTS));
  });
});
