import type { Node } from 'unist';
import type { SourcePlace } from '../model/index.js';

/** The start of an mdast node as a model place; nodes without a position (none from remark) fall back to 1:1. */
export function placeOf(file: string, node: Node | undefined): SourcePlace {
  const start = node?.position?.start;
  return { file, line: start?.line ?? 1, column: start?.column ?? 1 };
}

/** A place `lineOffset` lines below a node's first line (for lines inside a code block). */
export function placeBelow(file: string, node: Node, lineOffset: number): SourcePlace {
  const start = placeOf(file, node);
  return { file, line: start.line + lineOffset, column: 1 };
}
