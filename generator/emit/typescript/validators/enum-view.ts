import type { EnumType } from '../../../model/index.js';
import { isFlagsEnum } from '../../flags-enum.js';
import type { Names } from '../../naming/assign-names.js';
import { enumDescribeName, enumMemberName, enumSingleMemberName } from './value-checks.js';

/** The enum part of `validator.ts.hbs`'s view. */
export interface EnumValidatorView {
  readonly typeName: string;
  readonly isMember: string;
  readonly describe: string;
  /** Always accepted: up to and including `unknownFutureValue`. */
  readonly members: readonly string[];
  /** Accepted only with `acceptEvolvableMembers`. */
  readonly evolvableMembers: readonly string[];
  /** `evolvable` when it is read, `_evolvable` when not (so no unused-parameter lint fires in the package). */
  readonly evolvableParam: string;
  readonly expected: string;
  readonly expectedWithEvolvable: string;
  /** A flags enum (flags-enum.ts): a value may also be several members joined by `,`. */
  readonly flags: boolean;
  /** The one-member check a flags enum's `isMember` applies to each part. */
  readonly isSingleMember: string;
}

/** The sentinel of Graph's evolvable enums: members after it are sent only to clients that opt in. */
export const EVOLVABLE_SENTINEL = 'unknownFutureValue';

/** Splits an enum's members at `unknownFutureValue` (Graph's "evolvable enums" convention, e.g. `enrollmentState`). */
export function splitEvolvableMembers(members: readonly string[]): { members: string[]; evolvable: string[] } {
  const sentinel = members.indexOf(EVOLVABLE_SENTINEL);
  if (sentinel < 0) return { members: [...members], evolvable: [] };
  return { members: members.slice(0, sentinel + 1), evolvable: members.slice(sentinel + 1) };
}

/** How many members an `expected` text lists before it says how many more there are: errors stay readable. */
const LISTED_MEMBERS = 12;

const oneOf = (members: readonly string[]): string => {
  if (members.length === 0) return 'no value (the enum has no members)';
  const listed = members.slice(0, LISTED_MEMBERS).map((m) => JSON.stringify(m)).join(' | ');
  return `one of ${listed}${members.length > LISTED_MEMBERS ? ` | … (${members.length} members)` : ''}`;
};

/** The view of an enum's validator. */
export function enumValidatorView(type: EnumType, names: Names): EnumValidatorView {
  const own = names.types.get(type.id);
  if (own === undefined) throw new Error(`no names assigned to ${type.id}`);
  const { members, evolvable } = splitEvolvableMembers([...new Set(type.members.map((member) => member.name))]);
  const flags = isFlagsEnum(type);
  const several = flags ? ', or several joined by ","' : '';
  return {
    typeName: own.typeName,
    isMember: enumMemberName(own.typeName),
    describe: enumDescribeName(own.typeName),
    members,
    evolvableMembers: evolvable,
    evolvableParam: evolvable.length > 0 ? 'evolvable' : '_evolvable',
    expected: `${oneOf(members)}${several}`,
    expectedWithEvolvable: `${oneOf([...members, ...evolvable])}${several}`,
    flags,
    isSingleMember: enumSingleMemberName(own.typeName),
  };
}
