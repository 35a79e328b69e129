import type { ApiModel, Meta, ObjectType, PrimitiveName, Property, TypeRef } from '../../generator/model/index.js';
import { PRIMITIVE_NAMES } from '../../generator/model/index.js';
import { SAMPLE_MODEL } from './sample-model.js';

const meta: Meta = { description: undefined, sources: [{ file: 'validators.md', line: 1, column: 1 }] };
const property = (name: string, type: TypeRef): Property => ({ name, type, meta });

/** The camel-case property each primitive gets on `allPrimitives`: `dateTimeOffset`, `int64`… */
export const primitiveProperty = (name: PrimitiveName): string => name.charAt(0).toLowerCase() + name.slice(1);

/**
 * A type with one property of every primitive, plus the cases the sample lacks: an evolvable
 * enum (a member after `unknownFutureValue`), a collection of enums, a nested collection, a
 * property named like an `Object.prototype` member and one that is no identifier.
 */
const ALL_PRIMITIVES: ObjectType = {
  kind: 'object',
  id: 'microsoft.graph.allPrimitives',
  namespace: 'microsoft.graph',
  name: 'allPrimitives',
  base: undefined,
  properties: [
    ...PRIMITIVE_NAMES.map((name) => property(primitiveProperty(name), { kind: 'primitive', name })),
    property('state', { kind: 'enum', id: 'microsoft.graph.deviceState' }),
    property('states', { kind: 'collection', of: { kind: 'enum', id: 'microsoft.graph.deviceState' } }),
    property('matrix', { kind: 'collection', of: { kind: 'collection', of: { kind: 'primitive', name: 'Int32' } } }),
    property('blobs', { kind: 'collection', of: { kind: 'primitive', name: 'Stream' } }),
    property('junk', { kind: 'unknown', text: 'See below' }),
    property('constructor', { kind: 'primitive', name: 'String' }),
    property('display-name', { kind: 'primitive', name: 'String' }),
    property('@odata.etag', { kind: 'primitive', name: 'Int32' }),
  ],
  meta,
};

/** A type with nothing to check (a Stream only): its validator must still compile under `noUnused…`. */
const OPAQUE: ObjectType = {
  kind: 'object',
  id: 'microsoft.graph.opaque',
  namespace: 'microsoft.graph',
  name: 'opaque',
  base: undefined,
  properties: [property('content', { kind: 'primitive', name: 'Stream' })],
  meta,
};

/** The sample model plus `allPrimitives`, `opaque` and the evolvable `deviceState`. */
export const VALIDATORS_MODEL: ApiModel = {
  ...SAMPLE_MODEL,
  objects: [...SAMPLE_MODEL.objects, ALL_PRIMITIVES, OPAQUE],
  enums: [
    ...SAMPLE_MODEL.enums,
    {
      kind: 'enum',
      id: 'microsoft.graph.deviceState',
      namespace: 'microsoft.graph',
      name: 'deviceState',
      members: ['on', 'off', 'unknownFutureValue', 'hibernating'].map((name) => ({ name, value: undefined, meta })),
      meta,
    },
  ],
};
