import type { Heading, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';

/** A run of top-level nodes under one heading, with the H2 it falls under (for context). */
export interface Section {
  readonly heading: Heading | undefined;
  readonly title: string;
  readonly depth: number;
  /** Title of the enclosing H2 (or this section's own, when it is an H2), lower case. */
  readonly chapter: string;
  readonly nodes: readonly RootContent[];
}

/**
 * Tab markers are written as H1s (`# [HTTP](#tab/http)`, on 1,165 v1.0 pages): they switch
 * code tabs on the docs site, they are not titles, so they neither title the page nor open a section.
 */
export function isTabMarker(heading: Heading): boolean {
  const only = heading.children.length === 1 ? heading.children[0] : undefined;
  return only?.type === 'link' && only.url.startsWith('#tab/');
}

/** The page's H1 title, tab markers skipped. */
export function pageTitle(tree: Root): Heading | undefined {
  return tree.children.find((node): node is Heading => node.type === 'heading' && node.depth === 1 && !isTabMarker(node));
}

/** Splits a page at every heading (H1 tab markers excepted) into flat sections. */
export function splitSections(tree: Root): Section[] {
  const sections: Section[] = [];
  let current: { heading: Heading | undefined; title: string; depth: number; chapter: string; nodes: RootContent[] } = {
    heading: undefined,
    title: '',
    depth: 0,
    chapter: '',
    nodes: [],
  };
  let chapter = '';
  for (const node of tree.children) {
    if (node.type === 'heading' && !isTabMarker(node)) {
      sections.push(current);
      const title = toString(node).trim();
      if (node.depth <= 2) chapter = title.toLowerCase();
      current = { heading: node, title, depth: node.depth, chapter, nodes: [] };
    } else {
      current.nodes.push(node);
    }
  }
  sections.push(current);
  return sections;
}
