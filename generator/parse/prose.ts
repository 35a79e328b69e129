import type { Paragraph } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { NameEvidence, ResponseFacts, TypeExpr } from '../model/index.js';
import { placeOf } from './place.js';
import type { CellLink } from './tables.js';
import { looksLikeTypeName } from './inherited-from.js';
import { readTypeText } from './type-cell.js';

function paragraphLinks(paragraph: Paragraph): CellLink[] {
  return paragraph.children.flatMap((child) => (child.type === 'link' ? [{ text: toString(child).trim(), url: child.url }] : []));
}

/**
 * "In the request body, supply a JSON representation of/for the [x](…) object" (both seeds,
 * one with a link and one without): the type the request body table describes.
 */
export function readRequestBodyType(file: string, paragraph: Paragraph): NameEvidence | undefined {
  const text = toString(paragraph).replace(/\s+/g, ' ');
  const match = /JSON representation (?:of|for) (?:the |an? )?(?:new )?([A-Za-z_][\w.]*)\s+(?:object|entity|resource)/i.exec(text);
  if (!match) return undefined;
  const name = match[1] ?? '';
  const linked = paragraphLinks(paragraph).some((link) => link.text === name);
  return { name, via: linked ? 'link' : 'word', place: placeOf(file, paragraph) };
}

/**
 * "If successful, this method returns a `201 Created` response code and a [x](…) object in the
 * response body": status and body type. "a collection of [x] objects" is a collection, and so
 * is "a list of [x] objects" (appcatalogs-list-teamsapps.md); no
 * type named (or "no content") means no body.
 */
export function readResponseSentence(file: string, paragraph: Paragraph): ResponseFacts | undefined {
  const text = toString(paragraph).replace(/\s+/g, ' ');
  const status = /\b([1-5]\d\d)\b(?:\s+[A-Z][A-Za-z ]*)?\s*response code/i.exec(text) ?? /\b([1-5]\d\d)\s+[A-Z][a-z]+/.exec(text);
  if (!status && !/returns?\b|response body/i.test(text)) return undefined;
  const named = responseTypeName(paragraph, text);
  let type: TypeExpr | undefined;
  if (named !== undefined) {
    const single = readTypeText(named, named);
    const before = text.slice(0, text.indexOf(named));
    type = /\b(?:collection|list) of\b/i.test(before) || new RegExp(`${escape(named)}\\s+collection`, 'i').test(text) ? { kind: 'collection', of: single } : single;
  }
  return { status: status ? Number(status[1]) : undefined, type, place: placeOf(file, paragraph) };
}

/** Words that read like a type name in "a new X object" but are not one. */
const NOT_TYPE_WORDS = /^(json|new|updated|response|the|an?|this|that|same|empty|created|error|odata|string|http)$/i;

/**
 * The type a response sentence names: a link followed by object/collection/resource or "in
 * the response body" (b2xidentityuserflow-get.md writes "a JSON representation of the [x] in
 * the response body"), or the first after "collection of"; else a bold or code word followed
 * by object/resource ("an **alert** object", alert-get.md; "the newly created **chat** resource").
 */
function responseTypeName(paragraph: Paragraph, text: string): string | undefined {
  const typeLike = (name: string): boolean => /^[A-Za-z_][\w.]*$/.test(name) && !NOT_TYPE_WORDS.test(name);
  const follows = (name: string): boolean => new RegExp(`\\b${escape(name)}\\b\\s*(?:objects?|collection|entity|entities|resources?|in the response body)`, 'i').test(text);
  const links = paragraphLinks(paragraph).filter((link) => typeLike(link.text));
  const after = /collection of/i.exec(text);
  // "a collection of [user] and/or [group] objects": the first named after "collection of".
  const linked = (after ? links.find((link) => text.indexOf(link.text, after.index) >= 0) : undefined) ?? links.find((link) => follows(link.text));
  if (linked) return linked.text;
  const words = paragraph.children.flatMap((child) => (child.type === 'strong' || child.type === 'emphasis' || child.type === 'inlineCode' ? [toString(child).trim()] : []));
  return words.find((word) => typeLike(word) && !/^\d/.test(word) && follows(word));
}

/** A later sentence of the Response section can name the type an earlier one left out (attachment-get.md). */
export function mergeResponseFacts(first: ResponseFacts | undefined, next: ResponseFacts | undefined): ResponseFacts | undefined {
  if (first === undefined) return next;
  if (next === undefined || first.type !== undefined) return first;
  return { ...first, status: first.status ?? next.status, type: next.type };
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** `Namespace: microsoft.graph` under a page's title. */
export function readNamespaceLine(paragraph: Paragraph): string | undefined {
  return /^Namespace:\s*([A-Za-z][\w.]*)\s*$/i.exec(toString(paragraph).trim())?.[1];
}

/**
 * "This type inherits from [conversationMember](…)." / "Inherits from [entity](…)." / "derived
 * from [x]" in a page's prose (183 v1.0 resource pages): the base of the type the page
 * describes. The link text names the type when there is a link.
 */
export function readInheritsFromSentence(file: string, paragraph: Paragraph): NameEvidence | undefined {
  const text = toString(paragraph);
  const lead = /\b(?:inherits|derives|(?:is )?derived|inheriting|(?:is )?a subclass)\s+(?:from|of)\s+/i.exec(text);
  if (!lead) return undefined;
  const after = lead.index + lead[0].length;
  // A link names the base ("inherits from base class [x]"): the first link after the lead-in.
  let offset = 0;
  for (const child of paragraph.children) {
    const childText = toString(child);
    if (child.type === 'link' && offset >= after && /^[A-Za-z_][\w.]*$/.test(childText.trim())) {
      return { name: childText.trim(), via: 'link', place: placeOf(file, paragraph) };
    }
    offset += childText.length;
  }
  const word = /^(?:the\s+)?(?:abstract\s+)?(?:base\s+)?(?:class\s+|type\s+|entity\s+)?([A-Za-z_][\w.]*[A-Za-z0-9_])/i.exec(text.slice(after))?.[1];
  return word !== undefined && looksLikeTypeName(word) ? { name: word, via: 'word', place: placeOf(file, paragraph) } : undefined;
}
