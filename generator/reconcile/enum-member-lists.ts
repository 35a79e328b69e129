import type { EnumClaims, EnumMemberList } from './claims.js';

/** The member lists that speak for one enum, and the tables left out as copies of another enum's. */
export interface ChosenMemberLists {
  readonly used: readonly EnumMemberList[];
  /** Each table left out, with the enum whose table it repeats and the list that contradicts it. */
  readonly copies: readonly { readonly list: EnumMemberList; readonly of: string; readonly contradictedBy: EnumMemberList }[];
}

const namesOf = (list: EnumMemberList): Set<string> => new Set(list.members.map((m) => m.name.toLowerCase()));

/**
 * Which member lists describe an enum: every one, but for a table repeating, member for member,
 * another enum's table on its page when the values of a cell naming the enum by a bare word share
 * no member with any table. Such a row contradicts the tables outright, which tells that the
 * table is a copy slip, and it is left out (enums.md's `changeType values` lists
 * `clientIpAddress`, `authenticatorAppGps`, as `countryLookupMethodType values` below it does,
 * while changenotification.md's `changeType` row says `created`, `updated`, `deleted`). A row's
 * values are read up to the end of their sentence (possible-values.ts), so a row overlapping the
 * tables adds its extra members (room.md's row and place-update.md's say `standard`).
 */
export function chooseMemberLists(claims: EnumClaims): ChosenMemberLists {
  const tables = claims.lists.filter((list) => list.source !== 'word-row');
  const words = claims.lists.filter((list) => list.source === 'word-row');
  const tabled = new Set(tables.flatMap((list) => [...namesOf(list)]));
  const [contradictedBy] = words.filter((list) => list.members.length > 0 && tables.length > 0 && ![...namesOf(list)].some((name) => tabled.has(name)));
  if (contradictedBy === undefined) return { used: claims.lists, copies: [] };
  const copies = tables.flatMap((list) => (list.sameAsTableOf === undefined ? [] : [{ list, of: list.sameAsTableOf, contradictedBy }]));
  return { used: claims.lists.filter((list) => list.source === 'word-row' || list.sameAsTableOf === undefined), copies };
}
