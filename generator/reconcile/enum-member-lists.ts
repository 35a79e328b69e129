import type { EnumClaims, EnumMemberList } from './claims.js';

/** The member lists that speak for one enum, and the tables left out as copies of another enum's. */
export interface ChosenMemberLists {
  readonly used: readonly EnumMemberList[];
  /** Each table left out, with the enum whose table it repeats and the list that contradicts it. */
  readonly copies: readonly { readonly list: EnumMemberList; readonly of: string; readonly contradictedBy: EnumMemberList }[];
}

const namesOf = (list: EnumMemberList): Set<string> => new Set(list.members.map((m) => m.name.toLowerCase()));

/**
 * Which member lists describe an enum. Tables (and linked cells' values) always count. The
 * values of a cell that names the enum by a bare word count only where they share no member
 * with any table: a row's prose lists catch stray words (signin.md's `eq`, recurrencepattern.md's
 * `weekly`), but a row that contradicts the tables outright tells that a table is wrong. Then a
 * table repeating, member for member, another enum's table on its page is taken for a copy slip
 * and left out (enums.md's `changeType values` lists `clientIpAddress`, `authenticatorAppGps`,
 * as `countryLookupMethodType values` below it does, while changenotification.md's `changeType`
 * row says `created`, `updated`, `deleted`).
 */
export function chooseMemberLists(claims: EnumClaims): ChosenMemberLists {
  const tables = claims.lists.filter((list) => list.evidence === 'table');
  const tabled = new Set(tables.flatMap((list) => [...namesOf(list)]));
  const contradicting = claims.lists.filter((list) => list.evidence === 'word' && list.members.length > 0 && ![...namesOf(list)].some((name) => tabled.has(name)));
  const [contradictedBy] = contradicting;
  if (contradictedBy === undefined) return { used: tables, copies: [] };
  const copies = tables.flatMap((list) => (list.sameAsTableOf === undefined ? [] : [{ list, of: list.sameAsTableOf, contradictedBy }]));
  return { used: [...tables.filter((list) => list.sameAsTableOf === undefined), ...contradicting], copies };
}
