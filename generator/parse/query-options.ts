import type { Paragraph, List } from 'mdast';
import type { QueryOptionFact, QueryFacts, SourcePlace } from '../model/index.js';
import { inlineTextWithCode } from './inline-text.js';
import { placeOf } from './place.js';
import { readRequired } from './properties-table.js';
import type { ReadTable } from './tables.js';
import { columnIndex } from './tables.js';
import { readTypeCell } from './type-cell.js';

/** The query facts of a page as the walk collects them; frozen into `QueryFacts` at the end. */
export interface QueryCollected {
  options: QueryOptionFact[];
  unsupported: string[];
  supportsOData: boolean;
  functionParameters: QueryOptionFact[];
  pathParameters: QueryOptionFact[];
}

export function emptyQueryFacts(): QueryCollected {
  return { options: [], unsupported: [], supportsOData: false, functionParameters: [], pathParameters: [] };
}

/** `## Optional query parameters`, `## Query parameters`, `### OData query parameters` (user-list.md, calendar-list-calendarview.md). */
export function isQueryParametersHeading(text: string): boolean {
  return /\bquery (?:parameters|options)\b/i.test(text);
}

/** `## Function parameters`, `## Parameters` on a function page (driveitem-search.md, reportroot-getemailactivityuserdetail.md). */
export function isFunctionParametersHeading(text: string): boolean {
  return /^(?:function )?parameters$/i.test(text.trim());
}

/** `## Path parameters` (range-cell.md): placeholders of the path, or a function's arguments. */
export function isPathParametersHeading(text: string): boolean {
  return /^path parameters$/i.test(text.trim());
}

/** `$select`, `$orderBy`: an OData system query option as prose writes it (backslash-escaped `\$top` included). */
const SYSTEM_OPTION = /\\?\$([A-Za-z]+)\b/g;

/**
 * A sentence that takes support away: "`$filter` is not supported", "does not support the
 * `$top`"; not one that only narrows it ("`$filter` is not supported on the **x** property").
 */
const DENIES = /\b(?:not|n't)\b[^.]*\bsupport|\bunsupported\b|\bsupport(?:s|ed)?\s+no\b/i;
const NARROWS = /\bsupport\w*\s+(?:for|on|with|when|if|by|in|across|unless)\b/i;

function optionNames(sentence: string): string[] {
  return [...sentence.matchAll(SYSTEM_OPTION)].map((m) => `$${m[1] ?? ''}`);
}

/**
 * Prose of a query-parameters section: "This method supports the `$select`, `$filter` and
 * `$top` OData query parameters" names options (channel-list-tabs.md); "supports the [OData
 * query parameters](…)" names none, which says the standard ones apply (calendar-get.md);
 * "`$filter` is not supported" takes one away. Example URLs in prose (`?$filter=…`) name
 * what a caller may send, so they count too.
 */
export function readQueryProse(file: string, node: Paragraph | List, into: QueryCollected): void {
  const text = inlineTextWithCode(node.children as Parameters<typeof inlineTextWithCode>[0]);
  const place = placeOf(file, node);
  for (const sentence of text.split(/(?<=[.:;])\s+|\s+-\s+/)) {
    const names = optionNames(sentence);
    if (DENIES.test(sentence)) {
      if (!NARROWS.test(sentence)) into.unsupported.push(...names);
      continue;
    }
    // "supports the following query parameters:" names them next, in a list or table.
    if (names.length === 0 && /\bsupports?\b.*\b(?:odata )?query (?:parameters|options)\b/i.test(sentence) && !/\bfollowing\b/i.test(sentence)) into.supportsOData = true;
    for (const name of names) into.options.push({ name, type: undefined, description: '', required: undefined, place });
  }
}

const NAME_COLUMN = [/^(?:query )?parameter(?: name)?$/, /^name$/, /^(?:query )?option$/];
const TYPE_COLUMN = [/^type$/, /^value$/, /^(?:data|value) type$/];
const DESCRIPTION_COLUMN = [/^description$/, /^notes?$/];
const REQUIRED_COLUMN = [/^required\??$/, /^optional\??$/];

/**
 * A table of query options or function parameters (`|Name|Value|Description|` on
 * contact-get.md, `|Parameter|Type|Description|` on calendar-list-calendarview.md,
 * `|[\$filter](…)|Filters results.|…|` on directoryaudit-list.md): one fact per row whose
 * first cell is a name. Tables of something else (`|OData cast|…|`) have no name column.
 */
export function readQueryTable(table: ReadTable, place: SourcePlace = table.place): QueryOptionFact[] {
  const nameAt = columnIndex(table, ...NAME_COLUMN);
  if (nameAt < 0) return [];
  const typeAt = columnIndex(table, ...TYPE_COLUMN);
  const descriptionAt = columnIndex(table, ...DESCRIPTION_COLUMN);
  const requiredAt = columnIndex(table, ...REQUIRED_COLUMN);
  const facts: QueryOptionFact[] = [];
  for (const row of table.rows) {
    const name = (row.cells[nameAt]?.text ?? '').replace(/[`*\\]/g, '').trim();
    if (!/^\$?[A-Za-z_][\w.-]*$/.test(name)) continue;
    const description = descriptionAt >= 0 ? (row.cells[descriptionAt]?.text ?? '') : '';
    const typeCell = typeAt >= 0 ? row.cells[typeAt] : undefined;
    facts.push({
      name,
      type: typeCell === undefined || typeCell.text === '' ? undefined : readTypeCell(typeCell),
      description,
      required: readRequired(requiredAt >= 0 ? row.cells[requiredAt]?.text : undefined, /^optional/.test(table.header[requiredAt] ?? ''), description),
      place: row.place ?? place,
    });
  }
  return facts;
}

/** The collected facts, frozen. */
export function freezeQueryFacts(collected: QueryCollected): QueryFacts {
  return {
    options: collected.options,
    unsupported: collected.unsupported,
    supportsOData: collected.supportsOData,
    functionParameters: collected.functionParameters,
    pathParameters: collected.pathParameters,
  };
}
