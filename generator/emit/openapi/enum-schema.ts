import type { EnumType } from '../../model/index.js';
import { isFlagsEnum } from '../flags-enum.js';
import { defined, sourceOf, type Schema } from './schema.js';

/**
 * An enum page's member table (e.g. `enrollmentstate.md`) as a string enum: the service sends
 * member names, never the numeric values some tables list. A flags enum (flags-enum.ts) is a
 * pattern of members joined by `,`.
 */
export function enumSchema(type: EnumType): Schema {
  if (isFlagsEnum(type)) {
    // One member, or several joined by `,` (`"x86,x64"`), as the validators accept; the list stays for tools.
    const names = type.members.map((member) => member.name);
    const member = `(?:${names.map((name) => name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})`;
    return defined({
      description: type.meta.description,
      type: 'string',
      anyOf: [{ enum: names }, { pattern: `^${member}(?:,${member})*$` }],
      'x-flags': true,
      'x-source': sourceOf(type.meta.sources),
    });
  }
  return defined({
    description: type.meta.description,
    type: 'string',
    enum: type.members.map((member) => member.name),
    'x-source': sourceOf(type.meta.sources),
  });
}
