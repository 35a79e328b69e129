import type { Link, PhrasingContent, Table, TableCell } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import type { SourcePlace } from '../model/index.js';
import { placeOf } from './place.js';

export interface CellLink {
  readonly text: string;
  readonly url: string;
}

export interface Cell {
  /** Plain text, entities decoded by remark (`Bearer &lt;token&gt;` → `Bearer <token>`), trimmed. */
  readonly text: string;
  readonly links: readonly CellLink[];
  readonly children: readonly PhrasingContent[];
  readonly place: SourcePlace;
}

export interface TableRow {
  readonly cells: readonly Cell[];
  readonly place: SourcePlace;
}

export interface ReadTable {
  /** Header cells in lower case, trimmed: `property`, `type`, `description`. */
  readonly header: readonly string[];
  readonly rows: readonly TableRow[];
  readonly place: SourcePlace;
}

function linksIn(cell: TableCell): CellLink[] {
  const links: CellLink[] = [];
  visit(cell, 'link', (link: Link) => {
    links.push({ text: toString(link).trim(), url: link.url });
  });
  return links;
}

function readCell(file: string, cell: TableCell): Cell {
  return { text: toString(cell).replace(/\s+/g, ' ').trim(), links: linksIn(cell), children: cell.children, place: placeOf(file, cell) };
}

/** A GFM table as header names and rows of cells; rows with fewer cells than the header keep what they have. */
export function readTable(file: string, table: Table): ReadTable {
  const [head, ...body] = table.children;
  const header = (head?.children ?? []).map((cell) => toString(cell).replace(/\s+/g, ' ').trim().toLowerCase());
  const rows = body.map((row) => ({ cells: row.children.map((cell) => readCell(file, cell)), place: placeOf(file, row) }));
  return { header, rows, place: placeOf(file, table) };
}

/** Index of the first header cell that matches, or -1. */
export function columnIndex(table: ReadTable, ...names: RegExp[]): number {
  return table.header.findIndex((cell) => names.some((name) => name.test(cell)));
}
