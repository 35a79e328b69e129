import type { Diagnostic } from '../model/index.js';
import { diagnostic } from '../model/index.js';

/**
 * Limits on one line's nesting, far above anything a reference page needs (the v1.0 pages reach
 * 44 columns of indentation, 2 container markers and 4 open brackets on a line) and far below
 * where micromark's time explodes: it grows with the cube of list depth built by indentation
 * (400 levels ≈ 10 s, 800 ≈ 110 s) and the square of bracket depth, and overflows the stack on
 * thousands of `>` or `- ` markers on one line.
 */
export const NESTING_LIMITS = { indentColumns: 256, containerMarkers: 32, openBrackets: 64 } as const;

/** Leading whitespace in columns, tabs to the next multiple of 4 (CommonMark's tab stop). */
function indentColumns(line: string): number {
  let columns = 0;
  for (const char of line) {
    if (char === ' ') columns++;
    else if (char === '\t') columns = (Math.floor(columns / 4) + 1) * 4;
    else break;
  }
  return columns;
}

/** `>` and list markers opening containers at the start of a line (`> > - 1. x` has 4). */
function containerMarkers(line: string): number {
  const prefix = /^(?:[ \t]*(?:>|[-*+](?=[ \t]|$)|\d{1,9}[.)](?=[ \t]|$)))+/.exec(line)?.[0] ?? '';
  return prefix.match(/>|[-*+](?=[ \t]|$)|\d{1,9}[.)](?=[ \t]|$)/g)?.length ?? 0;
}

/** The deepest run of unescaped `[` not yet closed on a line. */
function openBrackets(line: string): number {
  let depth = 0;
  let deepest = 0;
  for (let i = 0; i < line.length; i++) {
    if (line[i] === '\\') i++;
    else if (line[i] === '[') deepest = Math.max(deepest, ++depth);
    else if (line[i] === ']' && depth > 0) depth--;
  }
  return deepest;
}

/** What a line nests too deeply, if anything. */
function tooDeep(line: string): { what: string; depth: number; limit: number } | undefined {
  const indent = indentColumns(line);
  if (indent > NESTING_LIMITS.indentColumns) return { what: 'columns of indentation', depth: indent, limit: NESTING_LIMITS.indentColumns };
  const markers = containerMarkers(line);
  if (markers > NESTING_LIMITS.containerMarkers) return { what: 'nested list or quote markers', depth: markers, limit: NESTING_LIMITS.containerMarkers };
  const brackets = openBrackets(line);
  if (brackets > NESTING_LIMITS.openBrackets) return { what: 'nested brackets', depth: brackets, limit: NESTING_LIMITS.openBrackets };
  return undefined;
}

/**
 * A page with every line nested past `NESTING_LIMITS` blanked (line breaks kept, so every
 * other line keeps its place) and a warning at each: hostile or broken input must not stall or
 * crash the parser, and the rest of the page still counts.
 */
export function guardNesting(file: string, text: string): { text: string; diagnostics: Diagnostic[] } {
  const parts = text.split(/(\r\n|\r|\n)/);
  const diagnostics: Diagnostic[] = [];
  for (let i = 0; i < parts.length; i += 2) {
    const found = tooDeep(parts[i] ?? '');
    if (found === undefined) continue;
    parts[i] = '';
    diagnostics.push(diagnostic('input-too-nested', { file, line: i / 2 + 1, column: 1 }, { what: found.what, depth: String(found.depth), limit: String(found.limit) }));
  }
  return { text: diagnostics.length === 0 ? text : parts.join(''), diagnostics };
}
