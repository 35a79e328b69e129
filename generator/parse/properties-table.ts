import type { PropertyFact } from '../model/index.js';
import { inlineTextWithCode } from './inline-text.js';
import { readInheritedFrom } from './inherited-from.js';
import { readPossibleValues } from './possible-values.js';
import type { ReadTable } from './tables.js';
import { columnIndex } from './tables.js';
import { readTypeCell } from './type-cell.js';

const NAME_COLUMN = [/^property( name)?$/, /^name$/, /^parameter( name)?$/, /^relationship( name)?$/];
const TYPE_COLUMN = [/^type$/, /^data type$/, /^value type$/];
const DESCRIPTION_COLUMN = [/^description$/, /^notes?$/, /^details$/];
const REQUIRED_COLUMN = [/^required\??$/, /^optional\??$/, /^mandatory\??$/];

/**
 * Whether a row says its property must be sent: a Required column (`Yes`/`No`, `true`,
 * `Required`/`Optional`), else "Required." / "Optional." in the description. Undefined when
 * the row does not say.
 */
export function readRequired(columnText: string | undefined, columnIsOptional: boolean, description: string): boolean | undefined {
  if (columnText !== undefined && columnText.trim() !== '') {
    const yes = /^(yes|y|true|required|✓|x)\b/i.test(columnText.trim());
    const no = /^(no|n|false|optional)\b/i.test(columnText.trim());
    if (yes || no) return columnIsOptional ? !yes : yes;
  }
  if (/(^|[.\s])required\.?(\s|$)/i.test(description) && !/\bnot required\b/i.test(description)) return true;
  if (/(^|[.\s])optional\.?(\s|$)/i.test(description)) return false;
  return undefined;
}

/** True for a `|Property|Type|Description|` table (and its header variants): the tables that describe a type. */
export function isPropertiesTable(table: ReadTable): boolean {
  return columnIndex(table, ...NAME_COLUMN) >= 0 && columnIndex(table, ...TYPE_COLUMN) >= 0;
}

type TableRow = ReadTable['rows'][number];
type RowName = { kind: 'read'; name: string; typeCell: NonNullable<TableRow['cells'][number]> } | { kind: 'skipped'; reason: string };

/** A row's property name and type cell, or why the row describes no property. */
function readRowName(row: TableRow, nameAt: number, typeAt: number): RowName {
  const nameCell = row.cells[nameAt];
  const typeCell = row.cells[typeAt];
  const name = (nameCell?.text ?? '').replace(/[`*\\]/g, '').trim();
  if (name === '') return { kind: 'skipped', reason: 'it has no name' };
  if (!typeCell) return { kind: 'skipped', reason: `"${name}" has no Type cell` };
  if (!/^[@A-Za-z_][\w.@-]*$/.test(name)) return { kind: 'skipped', reason: `"${name}" is not a property name` };
  return { kind: 'read', name, typeCell };
}

/**
 * The rows of a properties table that describe no property (missing cells, a name that is a
 * sentence), each with its reason, so a broken row is reported rather than silently lost.
 * A row with every cell empty is layout, not a mistake, and is not listed.
 */
export function skippedPropertyRows(table: ReadTable): { place: TableRow['place']; reason: string }[] {
  const nameAt = columnIndex(table, ...NAME_COLUMN);
  const typeAt = columnIndex(table, ...TYPE_COLUMN);
  return table.rows.flatMap((row) => {
    if (row.cells.every((cell) => cell.text.trim() === '')) return [];
    const read = readRowName(row, nameAt, typeAt);
    return read.kind === 'skipped' ? [{ place: row.place, reason: read.reason }] : [];
  });
}

/**
 * Reads a properties table (resource pages' Properties and Relationships, API pages' request
 * body tables, as in seed 000): one fact per row with a name, its type cell read, possible
 * values and "Inherited from" taken from the description.
 */
export function readPropertiesTable(table: ReadTable): PropertyFact[] {
  const nameAt = columnIndex(table, ...NAME_COLUMN);
  const typeAt = columnIndex(table, ...TYPE_COLUMN);
  const descriptionAt = columnIndex(table, ...DESCRIPTION_COLUMN);
  const requiredAt = columnIndex(table, ...REQUIRED_COLUMN);
  const requiredColumnIsOptional = /^optional/.test(table.header[requiredAt] ?? '');
  const facts: PropertyFact[] = [];
  for (const row of table.rows) {
    const read = readRowName(row, nameAt, typeAt);
    if (read.kind === 'skipped') continue;
    const { name, typeCell } = read;
    const descriptionCell = descriptionAt >= 0 ? row.cells[descriptionAt] : undefined;
    const description = descriptionCell?.text ?? '';
    const descriptionWithCode = descriptionCell ? inlineTextWithCode(descriptionCell.children) : '';
    facts.push({
      name,
      type: readTypeCell(typeCell),
      description,
      possibleValues: readPossibleValues(descriptionWithCode),
      inheritedFrom: readInheritedFrom(description, descriptionCell?.links ?? []),
      required: readRequired(requiredAt >= 0 ? row.cells[requiredAt]?.text : undefined, requiredColumnIsOptional, description),
      valuesAnchor: descriptionCell?.links.find((link) => /^#[\w-]*values?$/i.test(link.url))?.url.slice(1).toLowerCase(),
      place: row.place,
    });
  }
  return facts;
}
