import type { EnumMemberFact } from '../model/index.js';
import type { ReadTable } from './tables.js';
import { columnIndex } from './tables.js';

const MEMBER_COLUMN = [/^members?$/, /^member name$/, /^enum member$/];
const VALUE_COLUMN = [/^(int )?value$/];
const DESCRIPTION_COLUMN = [/^description$/];

/**
 * True for an enum's member table: `|Member|Value|Description|` (170 v1.0 tables), `|Member|`
 * (74), `|Member|Description|`, `|Value|Description|`. A table with a Type column describes
 * properties, not members.
 */
export function isEnumMemberTable(table: ReadTable): boolean {
  if (columnIndex(table, /^type$/, /^data type$/) >= 0) return false;
  const first = table.header[0] ?? '';
  return MEMBER_COLUMN.some((p) => p.test(first)) || VALUE_COLUMN.some((p) => p.test(first));
}

const MEMBER_NAME = /^[A-Za-z_][\w]*$/;

/** Each row's name cell, unquoted: the Member column, else the Value column. */
function rowNames(table: ReadTable): string[] {
  const memberAt = columnIndex(table, ...MEMBER_COLUMN);
  const nameAt = memberAt >= 0 ? memberAt : columnIndex(table, ...VALUE_COLUMN);
  return table.rows.map((row) => (row.cells[nameAt]?.text ?? '').replace(/[`*"]/g, '').trim());
}

/**
 * A values table some of whose entries are no identifiers (printercapabilities.md's `mediaSizes
 * values`: `A4`, `JIS B4`, `North America Letter`) lists values an open string takes, not an
 * enum's members: a member is an identifier, and keeping only the rows that are would reject
 * the rest (printer-get.md's example sends `"North America Letter"`).
 */
export function listsOpenStringValues(table: ReadTable): boolean {
  return rowNames(table).some((name) => name !== '' && !MEMBER_NAME.test(name));
}

/** Reads members: the Member column (or a non-numeric Value column) names them; a numeric Value column gives values. */
export function readEnumMembers(table: ReadTable): EnumMemberFact[] {
  const memberAt = columnIndex(table, ...MEMBER_COLUMN);
  const valueAt = columnIndex(table, ...VALUE_COLUMN);
  const descriptionAt = columnIndex(table, ...DESCRIPTION_COLUMN);
  const names = rowNames(table);
  const members: EnumMemberFact[] = [];
  for (const [index, row] of table.rows.entries()) {
    const name = names[index] ?? '';
    if (!MEMBER_NAME.test(name)) continue;
    const valueText = memberAt >= 0 && valueAt >= 0 ? (row.cells[valueAt]?.text ?? '').trim() : '';
    const value = /^-?\d+$/.test(valueText) ? Number(valueText) : undefined;
    members.push({ name, value, description: descriptionAt >= 0 ? (row.cells[descriptionAt]?.text ?? '') : '', place: row.place });
  }
  return members;
}

/**
 * The enum a member table belongs to: a `### x values` heading names it (`enums.md`, and
 * sections on resource pages); under `## Members`, the page's "x enum type" title does.
 */
export function enumNameFromHeadings(sectionTitle: string, pageTitle: string | undefined): string | undefined {
  const fromSection = /^([A-Za-z_][\w.]*)\s+(?:enum(?:eration)?\s+)?(?:values?|members?)$/i.exec(sectionTitle.trim());
  if (fromSection) return fromSection[1];
  const fromTitle = /^([A-Za-z_][\w.]*)\s+enum(?:eration)?(?:\s+type)?$/i.exec((pageTitle ?? '').trim());
  return fromTitle?.[1];
}

/** The anchor a heading gets on the docs site: `### capabilityStatus values` → `capabilitystatus-values`. */
export function headingAnchor(title: string): string {
  return title
    .trim()
    .toLowerCase()
    .replace(/[^\w\s-]/g, '')
    .replace(/\s+/g, '-');
}
