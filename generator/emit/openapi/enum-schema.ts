import type { EnumType } from '../../model/index.js';
import { defined, sourceOf, type Schema } from './schema.js';

/**
 * An enum page's member table (e.g. `enrollmentstate.md`) as a string enum: the service sends
 * member names, never the numeric values some tables list.
 */
export function enumSchema(type: EnumType): Schema {
  return defined({
    description: type.meta.description,
    type: 'string',
    enum: type.members.map((member) => member.name),
    'x-source': sourceOf(type.meta.sources),
  });
}
