import type { HttpRequestLine, PageFacts, QueryOptionFact, QueryParameter, TypeRef } from '../../model/index.js';
import { primitiveOf } from './query-types.js';
import { firstProse } from '../prose/prose-expr.js';

/**
 * OData system query options by their lower-case name, in the order a reader meets them, with
 * the canonical spelling (the docs write `$orderBy`, `$skipToken`; the protocol's names are
 * lower case) and how a value is typed: a list joined with commas, a count, a flag, or text.
 */
const SYSTEM_OPTIONS: ReadonlyMap<string, { readonly name: string; readonly type: TypeRef; readonly description: string }> = new Map(
  (
    [
      ['$select', 'list', 'Properties to return, comma-separated.'],
      ['$expand', 'list', 'Relationships to expand and include in the response.'],
      ['$filter', 'text', 'Filters the results (an OData filter expression).'],
      ['$orderby', 'list', 'Orders the results: `property [asc|desc]`, comma-separated.'],
      ['$top', 'count', 'Sets the page size of the results.'],
      ['$skip', 'count', 'Skips the first n results.'],
      ['$count', 'flag', 'Includes a count of the matching items.'],
      ['$search', 'text', 'Returns the results that match a search expression.'],
      ['$format', 'text', 'Returns the results in the given media format.'],
      ['$skiptoken', 'text', 'Retrieves the next page of results from a result set that spans several pages.'],
      ['$deltatoken', 'text', 'A state token from the `@odata.deltaLink` of the previous delta call.'],
      ['$compute', 'text', 'Adds computed properties to the results.'],
      ['$apply', 'text', 'Applies aggregations to the results.'],
      ['$levels', 'count', 'How many levels of a recursive relationship to expand.'],
    ] as const
  ).map(([name, kind, description]) => [name, { name, type: systemType(kind), description }]),
);

function systemType(kind: 'list' | 'count' | 'flag' | 'text'): TypeRef {
  switch (kind) {
    case 'list':
      return { kind: 'collection', of: { kind: 'primitive', name: 'String' } };
    case 'count':
      return { kind: 'primitive', name: 'Int32' };
    case 'flag':
      return { kind: 'primitive', name: 'Boolean' };
    default:
      return { kind: 'primitive', name: 'String' };
  }
}

/**
 * What "This method supports the OData query parameters" means when it names none
 * (calendar-get.md): `$select` and `$expand` on any GET, and the collection options on a GET
 * that returns a collection (agreement-list.md).
 */
function standardOptions(returnsCollection: boolean): string[] {
  return returnsCollection ? ['$select', '$expand', '$filter', '$orderby', '$top', '$skip', '$count'] : ['$select', '$expand'];
}

/** The name a query option is sent under: system options in protocol spelling, custom ones as documented. */
export function queryOptionKey(name: string): string {
  return SYSTEM_OPTIONS.get(name.toLowerCase())?.name ?? name;
}

/** `?startDateTime={start_datetime}&endDateTime={end_datetime}` on a request line: the options it requires (calendar-list-calendarview.md). */
function lineOptions(line: HttpRequestLine): { name: string; placeholder: boolean }[] {
  return line.query
    .split('&')
    .map((pair) => pair.trim())
    .filter((pair) => pair !== '')
    .map((pair) => {
      const at = pair.indexOf('=');
      const name = (at < 0 ? pair : pair.slice(0, at)).trim();
      const value = at < 0 ? '' : pair.slice(at + 1).trim();
      return { name, placeholder: /^['"]?[{<][^}>]*[}>]['"]?$/.test(value) };
    })
    .filter((option) => /^\$?[A-Za-z_][\w.-]*$/.test(option.name));
}

/** One page's options for one request line, before merging with other pages. */
export interface PageQuery {
  readonly page: PageFacts;
  readonly line: HttpRequestLine;
  /** Function parameters the path template does not carry, which go in the query instead. */
  readonly functionParametersInQuery: readonly QueryOptionFact[];
  readonly returnsCollection: boolean;
}

/**
 * The query options of an operation, merged over the pages (and request lines) that document it:
 * options named in prose and tables of the query-parameters sections, the request line's own
 * query, function parameters the path leaves out, and the standard set when a page says it
 * supports "the OData query parameters" without naming them; less those a page says are not
 * supported. System options come first in protocol order, then custom ones in page order.
 */
export function mergeQueryParameters(members: readonly PageQuery[]): QueryParameter[] {
  const found = new Map<string, { name: string; type: TypeRef; required: boolean; description: string | undefined; sources: QueryOptionFact['place'][] }>();
  const denied = new Set<string>();
  const add = (name: string, type: TypeRef | undefined, required: boolean, description: string, place: QueryOptionFact['place']): void => {
    const key = queryOptionKey(name).toLowerCase();
    const system = SYSTEM_OPTIONS.get(key);
    const known = found.get(key);
    if (known) {
      known.required ||= required && system === undefined;
      known.description = firstProse([known.description, description]);
      if (!known.sources.some((s) => s.file === place.file && s.line === place.line)) known.sources.push(place);
      return;
    }
    found.set(key, {
      name: system?.name ?? name,
      type: system?.type ?? type ?? { kind: 'primitive', name: 'String' },
      required: required && system === undefined,
      description: firstProse([description, system?.description]),
      sources: [place],
    });
  };
  for (const { page, line, functionParametersInQuery, returnsCollection } of members) {
    const query = page.operation?.query;
    if (query === undefined) continue;
    for (const name of query.unsupported) denied.add(queryOptionKey(name).toLowerCase());
    for (const option of lineOptions(line)) add(option.name, undefined, option.placeholder && !option.name.startsWith('$'), '', line.place);
    for (const option of [...query.options, ...functionParametersInQuery]) add(option.name, primitiveOf(option.type), option.required === true, option.description, option.place);
    const namesSystem = query.options.some((o) => o.name.startsWith('$'));
    if (query.supportsOData && !namesSystem && line.method === 'GET') {
      for (const name of standardOptions(returnsCollection)) add(name, undefined, false, '', page.operation?.place ?? line.place);
    }
  }
  const systemOrder = [...SYSTEM_OPTIONS.keys()];
  const rank = (key: string): number => (systemOrder.includes(key) ? systemOrder.indexOf(key) : systemOrder.length);
  return [...found]
    .filter(([key]) => !denied.has(key) || members.some((m) => lineOptions(m.line).some((o) => queryOptionKey(o.name).toLowerCase() === key)))
    .map(([key, value], index) => ({ key, value, index }))
    .sort((a, b) => rank(a.key) - rank(b.key) || a.index - b.index)
    .map(({ value }) => ({ name: value.name, type: value.type, required: value.required, meta: { description: value.description, sources: value.sources } }));
}
