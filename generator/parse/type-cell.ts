import type { PrimitiveName, TypeExpr } from '../model/index.js';
import { PRIMITIVE_NAMES } from '../model/index.js';
import type { Cell, CellLink } from './tables.js';

/** Words the docs write for primitives, lower-cased, beyond the exact Edm names (`int`, `bool`, `DateTime`...). */
const PRIMITIVE_SYNONYMS: Readonly<Record<string, PrimitiveName>> = {
  int: 'Int32',
  integer: 'Int32',
  long: 'Int64',
  bool: 'Boolean',
  datetime: 'DateTimeOffset',
  timestamp: 'DateTimeOffset',
  float: 'Single',
  number: 'Double',
  timespan: 'Duration',
  uuid: 'Guid',
  'byte[]': 'Binary',
};

const PRIMITIVE_BY_LOWER = new Map<string, PrimitiveName>(PRIMITIVE_NAMES.map((name) => [name.toLowerCase(), name]));

/** `String`, `string`, `Edm.String`, `int` → the primitive; anything else → undefined. */
export function primitiveFromWord(word: string): PrimitiveName | undefined {
  const lower = word.trim().replace(/^edm\./i, '').toLowerCase();
  return PRIMITIVE_BY_LOWER.get(lower) ?? PRIMITIVE_SYNONYMS[lower];
}

/** `x collection`, `Collection(x)`, `collection of x`: the element text, or undefined when not a collection. */
function collectionElement(text: string): string | undefined {
  const wrapped = /^collection\s*\(\s*(.+?)\s*\)$/i.exec(text);
  if (wrapped) return wrapped[1];
  const suffixed = /^(.+?)\s+collection$/i.exec(text);
  if (suffixed) return suffixed[1];
  const prefixed = /^collection of\s+(.+)$/i.exec(text);
  return prefixed?.[1];
}

/** The simple or qualified name a link's text gives, or undefined when the text is not a name. */
function nameFromText(text: string): string | undefined {
  const trimmed = text.trim();
  return /^[A-Za-z_][\w.]*$/.test(trimmed) ? trimmed : undefined;
}

/**
 * Reads a Type cell (`String`, `[enrollmentState](…)`, `[x](…) collection`, `Collection(Edm.String)`,
 * `Enumeration`) into a type expression. The link text names the type: it is what readers see
 * and what the docs mean, while link targets are file names that often differ (`chartaxes.md`).
 */
export function readTypeCell(cell: Cell): TypeExpr {
  const text = stripNote(cell.text);
  return readAlternatives(text, cell.links) ?? readTypeText(text, cell.links[0]?.text ?? bracketedName(text));
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Whether a part of a cell names a type for sure: a primitive, a link, `Enumeration`, or a collection of one. */
function isSureType(expr: TypeExpr): boolean {
  if (expr.kind === 'collection') return isSureType(expr.of);
  return expr.kind === 'primitive' || expr.kind === 'enumeration' || (expr.kind === 'named' && expr.via === 'link');
}

/**
 * A cell naming alternatives, "A or B" (call.md's `mediaConfig`: `[appHostedMediaConfig](…) or
 * [serviceHostedMediaConfig](…)`; `meetingInfo`: `[organizerMeetingInfo](…) or
 * [tokenMeetingInfo](…)`): each part is read with the link inside it. Only when every part is
 * surely a type (a primitive or a link): "String or empty" is prose about one type.
 */
function readAlternatives(text: string, links: readonly CellLink[]): TypeExpr | undefined {
  const parts = text.split(/\s+or\s+/i).map(stripNote);
  if (parts.length < 2) return undefined;
  const read = parts.map((part) => {
    const link = links.find((l) => l.text !== '' && new RegExp(`(?:^|[^\\w.])${escapeRegExp(l.text)}(?:[^\\w.]|$)`).test(part));
    return readTypeText(part, link?.text ?? bracketedName(part));
  });
  return read.every(isSureType) ? { kind: 'alternatives', of: read } : undefined;
}

/**
 * Notes around the type, not part of it: `String (timestamp)`, `(Optional) String`,
 * `itemAnalytics resource`, `Edm.String nullable`, a sentence after it. `Collection(x)` keeps
 * its parentheses.
 */
function stripNote(text: string): string {
  // A sentence after the type (educationsubmission.md's `outcomes`: "educationOutcome collection.
  // Holds grades, feedback and/or rubrics…") describes it; qualified names have no space after a dot.
  const sentence = /\.\s+[A-Z]/.exec(text);
  const before = sentence ? text.slice(0, sentence.index) : text;
  const typePart = before.split('(').length === before.split(')').length ? before : text;
  const note = /^collection\s*\(/i.test(typePart) ? typePart : typePart.replace(/\s+\([^)]*\)$/, '').replace(/^\([^)]*\)\s+/, '');
  return note.replace(/\s+(?:resource|object|entity|type|nullable)$/i, '').trim();
}

/**
 * `[identitySet][]` (a reference-style link with no definition, 116 v1.0 cells) and
 * `[x](x.md` (a link missing its parenthesis) are plain text to remark: the bracketed word is
 * the link text all the same.
 */
function bracketedName(text: string): string | undefined {
  return /^\[([A-Za-z_][\w.]*)\](?:\[[^\]]*\]|\([^)]*\)?)?(?:\s+collection)?$/i.exec(text)?.[1];
}

/** A type written as text, `linkText` being the text of a link inside it when there is one. */
export function readTypeText(text: string, linkText?: string): TypeExpr {
  const element = collectionElement(text);
  if (element !== undefined) return { kind: 'collection', of: readTypeText(element, linkText) };
  const primitive = primitiveFromWord(text);
  if (primitive) return { kind: 'primitive', name: primitive };
  if (/^enum(eration)?$/i.test(text)) return { kind: 'enumeration' };
  // "JSON object", "Untyped JSON object": any JSON value, which is what Untyped means.
  if (/^(?:untyped\s+json(?:\s+object)?|json\s+object)$/i.test(text)) return { kind: 'primitive', name: 'Untyped' };
  if (linkText !== undefined) {
    const linked = nameFromText(linkText);
    const linkedPrimitive = linked ? primitiveFromWord(linked) : undefined;
    if (linkedPrimitive) return { kind: 'primitive', name: linkedPrimitive };
    if (linked) return { kind: 'named', name: linked, via: 'link' };
  }
  const word = nameFromText(text);
  if (word) return { kind: 'named', name: word, via: 'word' };
  return { kind: 'unknown', text };
}
