import { describe, expect, it } from 'vitest';
import type { EnumMemberList } from '../../../generator/reconcile/claims.js';
import { chooseMemberLists } from '../../../generator/reconcile/enum-member-lists.js';

const list = (line: number, evidence: 'table' | 'word', names: string[], sameAsTableOf?: string): EnumMemberList => ({
  members: names.map((name) => ({ name, value: undefined, description: '', place: { file: 'x.md', line, column: 1 } })),
  place: { file: 'x.md', line, column: 1 },
  source: evidence === 'table' ? 'member-table' : 'word-row',
  sameAsTableOf,
});

const cases: [string, { lists: EnumMemberList[]; used: number[]; copies: number[] }][] = [
  ['tables only: all of them', { lists: [list(1, 'table', ['a', 'b']), list(2, 'table', ['b', 'c'])], used: [1, 2], copies: [] }],
  ['a word row sharing a member joins the tables (room.md and place-update.md)', { lists: [list(1, 'table', ['standard', 'reserved']), list(2, 'word', ['standard', 'private'])], used: [1, 2], copies: [] }],
  [
    "a word row contradicting a copied table replaces it (enums.md's changeType)",
    { lists: [list(1, 'table', ['clientIpAddress', 'authenticatorAppGps'], 'countryLookupMethodType'), list(2, 'word', ['created', 'updated', 'deleted'])], used: [2], copies: [1] },
  ],
  ['a word row contradicting a table of its own joins it', { lists: [list(1, 'table', ['a', 'b']), list(2, 'word', ['c'])], used: [1, 2], copies: [] }],
  ['a copied table no row contradicts stays', { lists: [list(1, 'table', ['normal', 'weak'], 'keyStrength'), list(2, 'word', ['normal'])], used: [1, 2], copies: [] }],
  ['a word row alone is the list (searchrequest.md’s entityType)', { lists: [list(1, 'word', ['message', 'event'])], used: [1], copies: [] }],
];

describe('chooseMemberLists: which places list an enum’s members', () => {
  it.each(cases)('%s', (_name, { lists, used, copies }) => {
    const chosen = chooseMemberLists({ key: 'microsoft.graph.x', lists });
    expect(chosen.used.map((l) => l.place.line)).toEqual(used);
    expect(chosen.copies.map((c) => c.list.place.line)).toEqual(copies);
  });
});
