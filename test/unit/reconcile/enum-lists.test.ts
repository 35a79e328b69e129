import { describe, expect, it } from 'vitest';
import { parsePage } from '../../../generator/parse/parse-page.js';
import { buildModel } from '../../../generator/reconcile/build-model.js';
import type { EnumListSource } from '../../../generator/reconcile/claims.js';
import { mergeEnum } from '../../../generator/reconcile/enums.js';

const place = (line: number) => ({ file: 'x.md', line, column: 1 });
const list = (line: number, source: EnumListSource, names: string[]) => ({ members: names.map((name) => ({ name, value: undefined, description: '', place: place(line) })), place: place(line), source, sameAsTableOf: undefined });

describe('mergeEnum: the union of every list, members compared without case', () => {
  const cases: [string, ReturnType<typeof list>[], string[]][] = [
    ['lists add up, the longest first', [list(1, 'linked-row', ['a']), list(2, 'linked-row', ['b', 'a'])], ['b', 'a']],
    // room.md's values table and row say `standard`; place-update.md's row says `Standard`.
    ['the most frequent spelling names a member', [list(1, 'linked-row', ['Standard']), list(2, 'member-table', ['standard']), list(3, 'linked-row', ['standard'])], ['standard']],
    // enums.md's `NotStarted` ties with schedule.md's `notStarted`: the table's spelling wins.
    ['a tie goes to the member table', [list(1, 'word-row', ['notStarted', 'running']), list(2, 'member-table', ['NotStarted'])], ['NotStarted', 'running']],
    // Three rows say `dateTimeDropdown`, enums.md's table `dateTimeDropDown`.
    ['more rows outvote a table', [list(1, 'member-table', ['dateTimeDropDown']), list(2, 'word-row', ['dateTimeDropdown']), list(3, 'word-row', ['dateTimeDropdown']), list(4, 'linked-row', ['dateTimeDropdown'])], ['dateTimeDropdown']],
  ];
  it.each(cases)('%s', (_name, lists, want) => {
    const merged = mergeEnum('microsoft.graph.x', { namespace: 'microsoft.graph', name: 'x' }, { key: 'microsoft.graph.x', lists });
    expect(merged.enumType.members.map((m) => m.name)).toEqual(want);
  });
});

const resource = (title: string, rows: string): string => `# ${title} resource type\n\n## Properties\n|Property|Type|Description|\n|:--|:--|:--|\n${rows}\n`;

describe('a Type cell that writes an enum name as a word, with values', () => {
  const searchRequest = resource('searchRequest', '|entityTypes|entityType collection|Possible values are: `list`, `site`.|');
  const changeNotification = resource('changeNotification', '|changeType|changeType|The supported values are: `created`, `updated`.|');
  const range = resource('range', '|valueTypes|Json|The possible values are: `Unknown`, `Empty`.|');
  const jsonPage = '# Json resource type\n\n## Properties\n|Property|Type|Description|\n|:--|:--|:--|\n\n## JSON representation\n<!-- { "blockType": "resource", "@odata.type": "microsoft.graph.Json" } -->\n```json\n{ "@odata.type": "microsoft.graph.Json" }\n```\n';
  const enumsPage = '# Enum values\n\n### changeType values\n\n|Member|\n|:---|\n|deleted|\n';
  const cases: [string, [string, string][], Record<string, string[]>, string[]][] = [
    ['names an enum no page describes (searchrequest.md)', [['searchrequest.md', searchRequest]], { 'microsoft.graph.entityType': ['list', 'site'] }, ['microsoft.graph.searchRequest']],
    ['adds to an enum a member table names (changenotification.md, enums.md)', [['changenotification.md', changeNotification], ['enums.md', enumsPage]], { 'microsoft.graph.changeType': ['deleted', 'created', 'updated'] }, ['microsoft.graph.changeNotification']],
    ['names no enum where a page describes the name as a type (range.md, json.md)', [['range.md', range], ['json.md', jsonPage]], {}, ['microsoft.graph.Json', 'microsoft.graph.range']],
  ];
  it.each(cases)('%s', (_name, pages, enums, objects) => {
    const model = buildModel(pages.map(([file, text]) => parsePage(file, text)));
    expect(Object.fromEntries(model.enums.map((e) => [e.id, e.members.map((m) => m.name)]))).toEqual(enums);
    expect(model.objects.map((o) => o.id)).toEqual(objects);
  });
});
