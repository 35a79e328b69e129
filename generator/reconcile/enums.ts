import type { Diagnostic, EnumMember, EnumType, SourcePlace } from '../model/index.js';
import { compareSourcePlaces, diagnostic, formatSourcePlace } from '../model/index.js';
import type { EnumClaims } from './claims.js';
import { chooseMemberLists } from './enum-member-lists.js';
import type { QualifiedName } from './names.js';

/**
 * Merges every place's member list for one enum. Rule: the union, in the order of the longest
 * list with the others' extra members after it (seed 000 lists `blocked`, seed 001 does not:
 * both pages are partial views of one enum, and dropping a member would reject real values).
 * Lists that differ beyond order are reported at the first place, naming the others.
 */
export function mergeEnum(id: string, name: QualifiedName, allClaims: EnumClaims): { enumType: EnumType; diagnostics: Diagnostic[] } {
  const chosen = chooseMemberLists(allClaims);
  const claims = { ...allClaims, lists: [...chosen.used] };
  const lists = [...claims.lists].sort((a, b) => b.members.length - a.members.length || compareSourcePlaces(a.place, b.place));
  const members = new Map<string, EnumMember>();
  for (const list of lists) {
    for (const member of list.members) {
      const known = members.get(member.name);
      const sources = [...(known?.meta.sources ?? []), member.place].sort(compareSourcePlaces);
      members.set(member.name, {
        name: member.name,
        value: known?.value ?? member.value,
        meta: { description: known?.meta.description || member.description || undefined, sources },
      });
    }
  }
  const diagnostics: Diagnostic[] = chosen.copies.map(({ list, of, contradictedBy }) =>
    diagnostic('enum-table-copied', list.place, { name: name.name, other: of, elsewhere: formatSourcePlace(contradictedBy.place) }, [
      { place: contradictedBy.place, message: `lists ${contradictedBy.members.map((m) => m.name).join(', ')}` },
    ]),
  );
  const setOf = (list: { members: readonly { name: string }[] }): string => [...new Set(list.members.map((m) => m.name))].sort().join(',');
  const distinct = new Set(claims.lists.map(setOf));
  if (distinct.size > 1) {
    const byPlace = [...claims.lists].sort((a, b) => compareSourcePlaces(a.place, b.place));
    const [first, ...others] = byPlace;
    if (first) {
      const union = [...members.keys()];
      const describe = (list: { members: readonly { name: string }[] }): string => {
        const names = new Set(list.members.map((m) => m.name));
        const missing = union.filter((member) => !names.has(member));
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
