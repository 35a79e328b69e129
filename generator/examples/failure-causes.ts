import { isPlaceholderValue } from './placeholders.js';

/**
 * Why an example fails its validator, told from the value and the error's `expected` text
 * alone, so the corpus summary can say which failures are the docs' and which the model's.
 * Every cause but `odata-type-unrelated` and `other` is a slip in the example itself.
 */
export type FailureCause =
  /** `"datetime-value"`, `"String"`, `"Boolean"` in a real request or response. */
  | 'placeholder'
  /** `"HTML"` for `html`, `"Monday"` for `monday`: the member, cased wrongly. */
  | 'enum-case'
  /** `""` where an enum member goes. */
  | 'enum-empty'
  /** `"true"`, `"4.2"`: a boolean or number written as a string. */
  | 'quoted-scalar'
  /** A date where a date-time goes or the reverse, or a date-time without its offset. */
  | 'date-format'
  /** A string no member of the enum matches, in any case. */
  | 'enum-unknown-value'
  /** `@odata.type` names a type the model knows but does not derive from the slot's type. */
  | 'odata-type-unrelated'
  /** A JSON type the slot's type does not allow (a number for a string, an object for an array...). */
  | 'wrong-json-type'
  | 'other';

/** Causes that are slips in the docs' example itself; the rest may be the model's and want a look. */
export const DOCS_CAUSES: ReadonlySet<FailureCause> = new Set(['placeholder', 'enum-case', 'enum-empty', 'quoted-scalar', 'date-format']);

/** `placeholder 49 (docs), odata-type-unrelated 12, …`: the corpus test's breakdown line, most frequent first. */
export function formatCauses(causes: Readonly<Partial<Record<FailureCause, number>>>): string {
  return (Object.entries(causes) as [FailureCause, number][])
    .sort(([a, x], [b, y]) => y - x || (a < b ? -1 : 1))
    .map(([cause, count]) => `${cause} ${count}${DOCS_CAUSES.has(cause) ? ' (docs)' : ''}`)
    .join(', ');
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

/** What an enum error's `expected` lists: `one of "text" | "html"`. */
function listedMembers(expected: string): string[] {
  return expected.startsWith('one of ') ? [...expected.matchAll(/"((?:[^"\\]|\\.)*)"/g)].map((m) => m[1] ?? '') : [];
}

/** Classifies one validator error on `value` (the value at the error's path). */
export function classifyFailure(value: unknown, path: string, expected: string, typeNames: ReadonlySet<string>): FailureCause {
  if (path.endsWith('@odata.type')) return 'odata-type-unrelated';
  if (isPlaceholderValue(value, typeNames)) return 'placeholder';
  const members = listedMembers(expected);
  if (typeof value === 'string') {
    if (members.length > 0) {
      if (value === '') return 'enum-empty';
      return members.some((m) => m.toLowerCase() === value.toLowerCase()) ? 'enum-case' : 'enum-unknown-value';
    }
    if ((/^(?:boolean|Int|Double|Single|Decimal|Byte|SByte)/.test(expected) && /^(?:true|false|-?\d+(?:\.\d+)?)$/.test(value))) return 'quoted-scalar';
    if (/^(?:DateTimeOffset|Date)\b/.test(expected) && (DATE.test(value) || DATE_TIME.test(value))) return 'date-format';
  }
  return members.length > 0 || typeof value !== 'string' ? 'wrong-json-type' : 'other';
}
