import type { EmitMemo } from '../emit-memo.js';
import { NO_EMIT_MEMO } from '../emit-memo.js';

/**
 * How deep the parts a watch session reprints only when they changed sit: an operation
 * (`paths` → path → method) and a schema (`components` → `schemas` → id) are both three levels down.
 */
const PART_DEPTH = 3;

const INDENT = '  ';

/**
 * The document's text, `JSON.stringify(document, null, 2)` exactly. With a watch session's
 * memo, each object three levels down (an operation, a schema) is printed once and reused while
 * it is the same object (`EmitMemo.remember`: `buildOpenApiDocument` keeps unchanged ones), so an
 * edit prints what it changed and the levels above; that is ~70 ms less per edit on the v1.0 pages.
 */
export function documentText(document: object, memo: EmitMemo = NO_EMIT_MEMO): string {
  if (memo === NO_EMIT_MEMO) return JSON.stringify(document, null, 2);
  const out: string[] = [];
  try {
    printValue(document, 0, memo.remember(printPart), out);
  } catch (error) {
    // What is no plain data down to the parts (a `toJSON`, given its key, to call): the native way, whole.
    if (error !== NOT_PLAIN) throw error;
    return JSON.stringify(document, null, 2);
  }
  return out.join('');
}

/** Thrown by `printValue` at a value it does not print as `JSON.stringify` would. */
const NOT_PLAIN = new Error('not plain data');

/**
 * An object at `depth`, printed as it is at that depth inside `JSON.stringify(…, null, 2)`.
 * Split and joined, not `replaceAll`: V8 leaves that result a rope of one piece per line, which
 * every later join of the document walks again (~0.6 s a print of the v1.0 document).
 */
function printPart(part: object, depth: number): string {
  const text = JSON.stringify(part, null, 2);
  return depth === 0 ? text : text.split('\n').join(`\n${INDENT.repeat(depth)}`);
}

/**
 * Appends to `out` what `JSON.stringify` prints for `value` at `depth`; false for what it leaves
 * out (undefined, a function). Pieces are joined once at the end: joining at every level would
 * copy the ~10 MB of the v1.0 document once per level.
 */
function printValue(value: unknown, depth: number, part: (value: object, depth: number) => string, out: string[]): boolean {
  if (typeof value !== 'object' || value === null) {
    const text = JSON.stringify(value) as string | undefined;
    if (text !== undefined) out.push(text);
    return text !== undefined;
  }
  if (!isPlain(value)) throw NOT_PLAIN;
  // A part, remembered: the emitters never change an object once made, so the same object prints the same.
  if (depth >= PART_DEPTH) {
    out.push(part(value, depth));
    return true;
  }
  const inner = `\n${INDENT.repeat(depth + 1)}`;
  const array = Array.isArray(value);
  // `Array.from`, not `map`: a hole prints as `null`, as an undefined item does.
  const entries: [string | undefined, unknown][] = array ? Array.from(value as unknown[], (item): [undefined, unknown] => [undefined, item]) : Object.entries(value);
  out.push(array ? '[' : '{');
  let printed = 0;
  for (const [key, member] of entries) {
    const mark = out.length;
    out.push(printed === 0 ? inner : `,${inner}`);
    if (key !== undefined) out.push(`${JSON.stringify(key)}: `);
    if (printValue(member, depth + 1, part, out)) printed++;
    else if (array) {
      out.push('null');
      printed++;
    } else out.length = mark;
  }
  out.push(printed === 0 ? '' : `\n${INDENT.repeat(depth)}`, array ? ']' : '}');
  return true;
}

/** An array or a plain object with no `toJSON` to call: what `printValue` prints itself. */
function isPlain(value: object): boolean {
  const prototype: unknown = Object.getPrototypeOf(value);
  return (prototype === null || prototype === Object.prototype || prototype === Array.prototype) && typeof (value as { toJSON?: unknown }).toJSON !== 'function';
}
