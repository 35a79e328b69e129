import type { PrimitiveName, TypeId, TypeRef } from '../../model/index.js';
import { assertNever } from '../../model/index.js';
import { componentRef, type Schema } from './schema.js';

/**
 * The JSON shape and format of each primitive the docs' Type cells name (`DateTimeOffset`,
 * `Int64`, ...). `Untyped` is any JSON value, hence the empty schema.
 */
export function primitiveSchema(name: PrimitiveName): Schema {
  switch (name) {
    case 'String':
      return { type: 'string' };
    case 'Boolean':
      return { type: 'boolean' };
    case 'Byte':
      return { type: 'integer', format: 'uint8' };
    case 'SByte':
      return { type: 'integer', format: 'int8' };
    case 'Int16':
      return { type: 'integer', format: 'int16' };
    case 'Int32':
      return { type: 'integer', format: 'int32' };
    case 'Int64':
      return { type: 'integer', format: 'int64' };
    case 'Single':
      return { type: 'number', format: 'float' };
    case 'Double':
      return { type: 'number', format: 'double' };
    case 'Decimal':
      return { type: 'number', format: 'decimal' };
    case 'DateTimeOffset':
      return { type: 'string', format: 'date-time' };
    case 'Date':
      return { type: 'string', format: 'date' };
    case 'TimeOfDay':
      return { type: 'string', format: 'time' };
    case 'Duration':
      return { type: 'string', format: 'duration' };
    case 'Guid':
      return { type: 'string', format: 'uuid' };
    case 'Binary':
      // 3.1 says it the JSON Schema way: a base64 string, not 3.0's `format: byte`.
      return { type: 'string', contentEncoding: 'base64' };
    case 'Stream':
      return { type: 'string', format: 'binary' };
    case 'Untyped':
      return {};
    default:
      return assertNever(name, 'primitive');
  }
}

/**
 * The schema of a type reference. A reference to a type the model does not hold becomes the
 * empty schema, like `unknown` in the TypeScript output: a dangling `$ref` would make the
 * whole document invalid.
 */
export function schemaForTypeRef(ref: TypeRef, known: ReadonlySet<TypeId>): Schema {
  switch (ref.kind) {
    case 'primitive':
      return primitiveSchema(ref.name);
    case 'object':
    case 'enum':
      return known.has(ref.id) ? componentRef(ref.id) : {};
    case 'collection':
      return { type: 'array', items: schemaForTypeRef(ref.of, known) };
    case 'unknown':
      return {};
    default:
      return assertNever(ref, 'type reference');
  }
}

/**
 * Lets a schema also accept `null`, the 3.1 way (no `nullable`): a second `type` when there is
 * one, else `anyOf` with null (a `$ref` takes no siblings that narrow it). The service sends
 * `null` for any property it has no value for.
 */
export function nullable(schema: Schema): Schema {
  if (Object.keys(schema).length === 0) return schema;
  const type = schema['type'];
  if (typeof type === 'string') return { ...schema, type: [type, 'null'] };
  return { anyOf: [schema, { type: 'null' }] };
}
