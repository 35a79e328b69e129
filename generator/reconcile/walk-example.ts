import type { EnumType, Example, ObjectType, Property, TypeRef } from '../model/index.js';
import { childPath, isJsonObject } from '../model/index.js';

/** The model's types by id, for walking example values against them. */
export interface TypeLookup {
  readonly objects: ReadonlyMap<string, ObjectType>;
  readonly enums: ReadonlyMap<string, EnumType>;
  /** Object ids by lower-case id, for `@odata.type` values written in any case. */
  readonly objectIdByLowerId: ReadonlyMap<string, string>;
  /** `flattenedProperties` of each type asked for: walking the examples asks for the same few types thousands of times. */
  readonly flattened: Map<string, ReadonlyMap<string, Property>>;
}

export function typeLookup(model: { readonly objects: readonly ObjectType[]; readonly enums: readonly EnumType[] }): TypeLookup {
  return {
    objects: new Map(model.objects.map((o) => [o.id, o])),
    enums: new Map(model.enums.map((e) => [e.id, e])),
    objectIdByLowerId: new Map(model.objects.map((o) => [o.id.toLowerCase(), o.id])),
    flattened: new Map(),
  };
}

/** A type's properties with its ancestors', nearest declaration first (made once per type and lookup). */
export function flattenedProperties(lookup: TypeLookup, id: string): ReadonlyMap<string, Property> {
  const known = lookup.flattened.get(id);
  if (known !== undefined) return known;
  const properties = new Map<string, Property>();
  const seen = new Set<string>();
  for (let at = lookup.objects.get(id); at && !seen.has(at.id); at = at.base ? lookup.objects.get(at.base) : undefined) {
    seen.add(at.id);
    for (const property of at.properties) if (!properties.has(property.name)) properties.set(property.name, property);
  }
  lookup.flattened.set(id, properties);
  return properties;
}

/** The object type an `@odata.type` value names (`#microsoft.graph.x`, any case), if the model has it. */
export function odataTypeId(lookup: TypeLookup, value: unknown): string | undefined {
  return typeof value === 'string' ? lookup.objectIdByLowerId.get(value.trim().replace(/^#/, '').toLowerCase()) : undefined;
}

/**
 * One value met while walking an example against its type: where it is, what the model says
 * it should be (`declared`), and, for objects, the type its `@odata.type` names (`actual`).
 */
export interface TypedValue {
  readonly value: unknown;
  readonly declared: TypeRef;
  readonly path: string;
  readonly actual: string | undefined;
}

/**
 * Walks an example body along the model: into properties the model knows, array items, and
 * the derived type an object's `@odata.type` names. A collection response's items under
 * `value` are walked as the collection's items. Depth is bounded, so cyclic or absurdly deep
 * bodies cannot run away.
 */
export function walkExample(lookup: TypeLookup, example: Example, visit: (item: TypedValue) => void): void {
  if (!example.type || !example.hasBody) return;
  const step = (value: unknown, declared: TypeRef, path: string, depth: number): void => {
    if (depth > 64 || value === null || value === undefined) return;
    if (declared.kind === 'collection') {
      if (Array.isArray(value)) value.forEach((item, i) => step(item, declared.of, childPath(path, i), depth + 1));
      return;
    }
    const actual = declared.kind === 'object' && isJsonObject(value) ? odataTypeId(lookup, value['@odata.type']) : undefined;
    visit({ value, declared, path, actual });
    if (declared.kind !== 'object' || !isJsonObject(value)) return;
    const properties = flattenedProperties(lookup, actual ?? declared.id);
    for (const [key, item] of Object.entries(value)) {
      const property = properties.get(key);
      if (property) step(item, property.type, childPath(path, key), depth + 1);
    }
  };
  const body = example.body;
  if (isJsonObject(body) && Array.isArray(body['value']) && example.type.kind === 'collection') step(body['value'], example.type, 'value', 0);
  else step(body, example.type, '', 0);
}
