import type { ObjectType, TypeId, TypeRef } from '../../model/index.js';
import { nullable, schemaForTypeRef } from './schema-for-type-ref.js';
import { componentRef, defined, sortedRecord, sourceOf, type Schema } from './schema.js';

/** Every type derived from each type, directly or not, sorted by id. */
export function descendantsByType(objects: readonly ObjectType[]): Map<TypeId, TypeId[]> {
  const children = new Map<TypeId, TypeId[]>();
  for (const object of objects) {
    if (object.base === undefined) continue;
    children.set(object.base, [...(children.get(object.base) ?? []), object.id]);
  }
  const result = new Map<TypeId, TypeId[]>();
  for (const object of objects) {
    const found = new Set<TypeId>();
    const visit = (id: TypeId): void => {
      for (const child of children.get(id) ?? []) {
        // A cycle in the docs' "inherits from" must not loop forever.
        if (found.has(child) || child === object.id) continue;
        found.add(child);
        visit(child);
      }
    };
    visit(object.id);
    if (found.size > 0) result.set(object.id, [...found].sort());
  }
  return result;
}

/**
 * A property's schema: what the type says, or `null`. A `Stream` property (driveItemVersion's
 * `content`) is never inline JSON (the service links to it, `content@odata.mediaReadLink`),
 * so it constrains nothing, as the emitted validators do not check it either.
 */
export function propertySchema(ref: TypeRef, known: ReadonlySet<TypeId>): Schema {
  if (ref.kind === 'primitive' && ref.name === 'Stream') return { contentMediaType: 'application/octet-stream' };
  if (ref.kind === 'collection' && ref.of.kind === 'primitive' && ref.of.name === 'Stream') return { type: ['array', 'null'] };
  return nullable(schemaForTypeRef(ref, known));
}

/**
 * A resource page's properties table as a schema (e.g. `importeddeviceidentity.md`). Own
 * properties only: a derived type is `allOf` its base and its own part, so inherited
 * properties are written once. A base with derived types names them in a `discriminator` on
 * `@odata.type`, the way the service tells them apart in a response. A type with no property,
 * base or derived type (`Json`) is any JSON value.
 */
export function objectSchema(object: ObjectType, known: ReadonlySet<TypeId>, descendants: readonly TypeId[]): Schema {
  const base = object.base !== undefined && known.has(object.base) ? object.base : undefined;
  const properties: Record<string, Schema> = {};
  // Roots carry `@odata.type`; derived types inherit it through `allOf`.
  if (base === undefined) properties['@odata.type'] = { type: 'string' };
  for (const property of object.properties) {
    properties[property.name] = defined({ ...propertySchema(property.type, known), description: property.meta.description });
  }
  // A type the docs only ever name (`Json`: range.md's `values`) holds any JSON value, as its validator accepts.
  if (object.base === undefined && object.properties.length === 0 && descendants.length === 0) {
    return defined({ description: object.meta.description, 'x-source': sourceOf(object.meta.sources) });
  }
  const own: Schema = { type: 'object', properties };
  const discriminator =
    descendants.length === 0
      ? undefined
      : { propertyName: '@odata.type', mapping: sortedRecord(descendants.map((id) => [`#${id}`, componentRef(id)['$ref'] as string])) };
  const shape = base === undefined ? own : { allOf: [componentRef(base), own] };
  return defined({
    description: object.meta.description,
    ...shape,
    discriminator,
    'x-source': sourceOf(object.meta.sources),
  });
}
