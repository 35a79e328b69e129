import type { Diagnostic, EnumType, Example, ObjectType, Property, TypeRef } from '../model/index.js';
import { childPath, diagnostic, isJsonObject } from '../model/index.js';

interface Lookup {
  readonly objects: ReadonlyMap<string, ObjectType>;
  readonly enums: ReadonlyMap<string, EnumType>;
}


/** A type's properties with its ancestors', nearest declaration first. */
function flattenedProperties(lookup: Lookup, id: string): Map<string, Property> {
  const properties = new Map<string, Property>();
  const seen = new Set<string>();
  for (let at = lookup.objects.get(id); at && !seen.has(at.id); at = at.base ? lookup.objects.get(at.base) : undefined) {
    seen.add(at.id);
    for (const property of at.properties) if (!properties.has(property.name)) properties.set(property.name, property);
  }
  return properties;
}

/**
 * Reports example values that are not members of their enum (`"String"` for `enrollmentState`
 * in seed 000), at the value's own line. The full validation of examples runs on the generated
 * validators; this check needs only the model, so it reports even when nothing is emitted.
 */
export function checkExampleEnums(model: { readonly objects: readonly ObjectType[]; readonly enums: readonly EnumType[] }, examples: readonly Example[]): Diagnostic[] {
  const lookup: Lookup = { objects: new Map(model.objects.map((o) => [o.id, o])), enums: new Map(model.enums.map((e) => [e.id, e])) };
  const byLowerId = new Map(model.objects.map((o) => [o.id.toLowerCase(), o.id]));
  const diagnostics: Diagnostic[] = [];
  for (const example of examples) {
    // Representation blocks write placeholders on purpose (`"String"`): only request and
    // response examples claim to be real values.
    if (!example.type || !example.hasBody || example.role === 'resource') continue;
    const visit = (value: unknown, type: TypeRef, path: string, depth: number): void => {
      if (depth > 64 || value === null || value === undefined) return;
      if (type.kind === 'collection') {
        if (Array.isArray(value)) value.forEach((item, i) => visit(item, type.of, childPath(path, i), depth + 1));
        return;
      }
      if (type.kind === 'enum' && typeof value === 'string') {
        const enumType = lookup.enums.get(type.id);
        if (enumType && !enumType.members.some((m) => m.name === value)) {
          const line = example.lines[path] ?? example.place.line;
          diagnostics.push(
            diagnostic('example-enum-value', { file: example.place.file, line, column: 1 }, {
              value: JSON.stringify(value),
              enumName: enumType.name,
              path,
              members: enumType.members.map((m) => m.name).join(' | '),
            }),
          );
        }
        return;
      }
      if (type.kind !== 'object' || !isJsonObject(value)) return;
      const odataType = value['@odata.type'];
      const derived = typeof odataType === 'string' ? byLowerId.get(odataType.replace(/^#/, '').toLowerCase()) : undefined;
      const properties = flattenedProperties(lookup, derived ?? type.id);
      for (const [key, item] of Object.entries(value)) {
        const property = properties.get(key);
        if (property) visit(item, property.type, childPath(path, key), depth + 1);
      }
    };
    // A collection response wraps its items in `value`.
    const body = example.body;
    if (isJsonObject(body) && Array.isArray(body['value']) && example.type.kind === 'collection') visit(body['value'], example.type, 'value', 0);
    else visit(body, example.type, '', 0);
  }
  return diagnostics;
}
