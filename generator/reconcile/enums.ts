import type { Diagnostic, EnumMember, EnumType, SourcePlace } from '../model/index.js';
import { compareSourcePlaces, diagnostic, formatSourcePlace } from '../model/index.js';
import type { EnumClaims, EnumListSource } from './claims.js';
import { chooseMemberLists } from './enum-member-lists.js';
import type { QualifiedName } from './names.js';
import { firstProse } from './prose/prose-expr.js';

const SOURCE_RANK: Readonly<Record<EnumListSource, number>> = { 'member-table': 0, 'linked-row': 1, 'word-row': 2 };

/**
 * Merges every place's member list for one enum. Rule: the union, in the order of the longest
 * list with the others' extra members after it (seed 000 lists `blocked`, seed 001 does not:
 * both pages are partial views of one enum, and dropping a member would reject real values).
 * Member tables come before rows' lists. Members that differ only in case are one member, spelled
 * as most lists spell it, a tie going to the strongest list: room.md's values table and row say
 * `standard`, place-update.md's row `Standard`; three rows say `dateTimeDropdown`, enums.md's
 * table `dateTimeDropDown`; enums.md's `NotStarted` ties with schedule.md's `notStarted`.
 * Lists that differ beyond order are reported at the first place, naming the others.
 */
export function mergeEnum(id: string, name: QualifiedName, allClaims: EnumClaims): { enumType: EnumType; diagnostics: Diagnostic[] } {
  const chosen = chooseMemberLists(allClaims);
  const claims = { ...allClaims, lists: [...chosen.used] };
  const lists = [...claims.lists].sort((a, b) => SOURCE_RANK[a.source] - SOURCE_RANK[b.source] || b.members.length - a.members.length || compareSourcePlaces(a.place, b.place));
  // How many lists spell each member each way: the most frequent spelling names the member.
  const spellings = new Map<string, Map<string, number>>();
  for (const list of lists) {
    for (const spelling of new Set(list.members.map((member) => member.name))) {
      const forMember = spellings.get(spelling.toLowerCase()) ?? new Map<string, number>();
      forMember.set(spelling, (forMember.get(spelling) ?? 0) + 1);
      spellings.set(spelling.toLowerCase(), forMember);
    }
  }
  // Map order is first-seen order, so a tie goes to the strongest list's spelling.
  const spelled = (key: string, fallback: string): string => [...(spellings.get(key) ?? [])].reduce((best, next) => (next[1] > best[1] ? next : best), [fallback, 0])[0];
  const members = new Map<string, EnumMember>();
  for (const list of lists) {
    for (const member of list.members) {
      const key = member.name.toLowerCase();
      const known = members.get(key);
      const sources = [...(known?.meta.sources ?? []), member.place].sort(compareSourcePlaces);
      members.set(key, {
        name: spelled(key, member.name),
        value: known?.value ?? member.value,
        meta: { description: firstProse([known?.meta.description, member.description]), sources },
      });
    }
  }
  const diagnostics: Diagnostic[] = chosen.copies.map(({ list, of, contradictedBy }) =>
    diagnostic('enum-table-copied', list.place, { name: name.name, other: of, elsewhere: formatSourcePlace(contradictedBy.place) }, [
      { place: contradictedBy.place, message: `lists ${contradictedBy.members.map((m) => m.name).join(', ')}` },
    ]),
  );
  const setOf = (list: { members: readonly { name: string }[] }): string => [...new Set(list.members.map((m) => m.name.toLowerCase()))].sort().join(',');
  const distinct = new Set(claims.lists.map(setOf));
  if (distinct.size > 1) {
    const byPlace = [...claims.lists].sort((a, b) => compareSourcePlaces(a.place, b.place));
    const [first, ...others] = byPlace;
    if (first) {
      const union = [...members.values()].map((member) => member.name);
      const describe = (list: { members: readonly { name: string }[] }): string => {
        const names = new Set(list.members.map((m) => m.name.toLowerCase()));
        const missing = union.filter((member) => !names.has(member.toLowerCase()));
        return `${names.size} members${missing.length > 0 ? ` (without ${missing.join(', ')})` : ''}`;
      };
      const related = others.map((list) => ({ place: list.place, message: `lists ${describe(list)}` }));
      const elsewhere = others.map((list) => `${formatSourcePlace(list.place)} ${describe(list)}`).join(', ');
      diagnostics.push(diagnostic('enum-members-disagree', first.place, { name: name.name, here: describe(first), others: elsewhere, union: union.join(', ') }, related));
    }
  }
  const sources: SourcePlace[] = claims.lists.map((list) => list.place).sort(compareSourcePlaces);
  return {
    enumType: { kind: 'enum', id, namespace: name.namespace, name: name.name, members: [...members.values()], meta: { description: undefined, sources } },
    diagnostics,
  };
}
