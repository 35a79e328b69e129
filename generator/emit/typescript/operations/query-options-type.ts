import type { QueryParameter, TypeRef } from '../../../model/index.js';
import { propertyKey } from '../../naming/identifiers.js';
import { renderDocComment } from '../../render/helpers.js';

const NUMERIC = new Set(['Byte', 'SByte', 'Int16', 'Int32', 'Int64', 'Single', 'Double', 'Decimal']);

/**
 * The TypeScript type of one query option's value: a list for `$select`/`$expand`/`$orderby`
 * (joined with commas on the wire; a ready-made string is accepted too, for nested
 * `$expand=members($select=id)`), `number` for `$top`, `boolean` for `$count`, text otherwise.
 */
export function queryValueType(type: TypeRef): string {
  if (type.kind === 'collection') return `readonly ${queryValueType(type.of)}[] | string`;
  if (type.kind === 'primitive' && NUMERIC.has(type.name)) return 'number';
  if (type.kind === 'primitive' && type.name === 'Boolean') return 'boolean';
  return 'string';
}

/** A description's first sentence: enough to tell options apart where the cursor is. */
function firstSentence(text: string | undefined): string[] {
  const line = text?.replace(/\s+/g, ' ').trim() ?? '';
  const sentence = /^.*?[.!?](?=\s|$)/.exec(line)?.[0] ?? line;
  return sentence === '' ? [] : [sentence];
}

/**
 * The query options object type of a request function (user-list.md's `$select`, `$filter`,
 * `$top`…; calendar-list-calendarview.md's required `startDateTime`), one member a line with
 * the docs' description, indented to sit in a parameter list; undefined when the docs list none.
 */
export function queryOptionsType(parameters: readonly QueryParameter[]): { text: string; required: boolean } | undefined {
  if (parameters.length === 0) return undefined;
  const members = parameters.map(
    (p) => `${renderDocComment(firstSentence(p.meta.description), '    ')}    readonly ${propertyKey(p.name)}${p.required ? '' : '?'}: ${queryValueType(p.type)}${p.required ? '' : ' | undefined'};\n`,
  );
  return { text: `{\n${members.join('')}  }`, required: parameters.some((p) => p.required) };
}
