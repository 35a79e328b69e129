import type { EnumType } from '../model/index.js';

/**
 * Whether an enum is a flags enum, whose values combine as `"a,b"` on the wire: its member
 * table gives every member a distinct value, each 0 or a power of two, up to at least 4
 * (windowsArchitecture's `none 0, x86 1, x64 2, arm 4, neutral 8`; enums.md's
 * chatMessagePolicyViolationVerdictDetailsTypes, shown as
 * `"AllowOverrideWithoutJustification,AllowFalsePositiveOverride"` in chatmessage-update.md).
 * A count (0, 1, 2, 3) has a 3; 0, 1, 2 alone says nothing either way, so it stays plain.
 */
export function isFlagsEnum(type: EnumType): boolean {
  const values = type.members.map((member) => member.value);
  if (values.length < 3 || values.some((value) => value === undefined)) return false;
  const numbers = values as number[];
  if (new Set(numbers).size !== numbers.length) return false;
  const powerOfTwoOrZero = (n: number): boolean => Number.isInteger(n) && n >= 0 && (n & (n - 1)) === 0;
  return numbers.every(powerOfTwoOrZero) && Math.max(...numbers) >= 4;
}
