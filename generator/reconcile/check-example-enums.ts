import type { Diagnostic, EnumType, Example, ObjectType } from '../model/index.js';
import { diagnostic } from '../model/index.js';
import { typeLookup, walkExample } from './walk-example.js';

/**
 * Reports example values that are not members of their enum (`"String"` for `enrollmentState`
 * in seed 000), at the value's own line. The full validation of examples runs on the generated
 * validators; this check needs only the model, so it reports even when nothing is emitted.
 */
export function checkExampleEnums(model: { readonly objects: readonly ObjectType[]; readonly enums: readonly EnumType[] }, examples: readonly Example[]): Diagnostic[] {
  const lookup = typeLookup(model);
  const diagnostics: Diagnostic[] = [];
  for (const example of examples) {
    // Representation blocks write placeholders on purpose (`"String"`): only request and
    // response examples claim to be real values.
    if (example.role === 'resource') continue;
    walkExample(lookup, example, ({ value, declared, path }) => {
      if (declared.kind !== 'enum' || typeof value !== 'string') return;
      const enumType = lookup.enums.get(declared.id);
      if (!enumType || enumType.members.some((m) => m.name === value)) return;
      const line = example.lines[path] ?? example.place.line;
      diagnostics.push(
        diagnostic('example-enum-value', { file: example.place.file, line, column: 1 }, {
          value: JSON.stringify(value),
          enumName: enumType.name,
          path,
          members: enumType.members.length > 12 ? `${enumType.members.length} members` : enumType.members.map((m) => m.name).join(' | '),
        }),
      );
    });
  }
  return diagnostics;
}
