import type { List, Paragraph, RootContent, Table } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { NameEvidence } from '../model/index.js';
import { placeOf } from './place.js';

const TYPE_NAME = /^[A-Za-z_][\w.]*$/;

/** `## Derived types` / `### Derived types` (meetinginfo.md, teleconferencedevicevideoquality.md). */
export function isDerivedTypesHeading(title: string): boolean {
  return /^derived types?\b/i.test(title.trim());
}

/** The first link in a node whose text reads as a type name, as evidence. */
function firstTypeLink(file: string, node: RootContent): NameEvidence | undefined {
  let found: NameEvidence | undefined;
  const visit = (child: RootContent): void => {
    if (found) return;
    if (child.type === 'link') {
      const text = toString(child).trim();
      if (TYPE_NAME.test(text)) found = { name: text, via: 'link', place: placeOf(file, child) };
      return;
    }
    if ('children' in child) for (const inner of child.children) visit(inner as RootContent);
  };
  visit(node);
  return found;
}

/**
 * The types a list or table under a derived-types heading or sentence names: the first linked
 * type name of each item or row (participantjoiningresponse.md's `| [acceptJoinResponse](…) |
 * … |` table, apiauthenticationconfigurationbase.md's `- [basicAuthentication](…) for …` list).
 * A table's header row names no type.
 */
export function readDerivedTypesBlock(file: string, node: List | Table): NameEvidence[] {
  const items = node.type === 'list' ? node.children : node.children.slice(1);
  return items.flatMap((item) => {
    const first = node.type === 'table' ? item.children[0] : item;
    const evidence = first ? firstTypeLink(file, first as RootContent) : undefined;
    return evidence ? [evidence] : [];
  });
}

/**
 * A sentence naming the types that derive from the page's type: "This is a base class; the
 * derived types are [a](…), [b](…), and [c](…)." (educationoutcome.md) gives the links after
 * the phrase; "Supported derived types:" / "Derived types include:" / "the base resource for
 * the following derived types of attachments:" (attachment.md) ends with a colon and
 * introduces the list that follows (`introducesList`). A sentence that mentions "the derived
 * type of [place]" in passing (a Methods cell) is not a paragraph and is not read.
 */
export function readDerivedTypesSentence(file: string, paragraph: Paragraph): { names: NameEvidence[]; introducesList: boolean } | undefined {
  const text = toString(paragraph);
  const phrase = /\bderived types\b(?:\s+(?:are|include|of \w+))?\s*:?/i.exec(text);
  if (!phrase) return undefined;
  const after = phrase.index + phrase[0].length;
  const names: NameEvidence[] = [];
  let offset = 0;
  for (const child of paragraph.children) {
    const childText = toString(child);
    if (child.type === 'link' && offset >= after && TYPE_NAME.test(childText.trim())) names.push({ name: childText.trim(), via: 'link', place: placeOf(file, child) });
    offset += childText.length;
  }
  return { names, introducesList: /:\s*$/.test(text.trim()) };
}
