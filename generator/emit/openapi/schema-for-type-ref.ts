import type { PrimitiveName, TypeId, TypeRef } from '../../model/index.js';
import { assertNever } from '../../model/index.js';
import { EDM_INTEGER_RANGES, EDM_PATTERNS } from '../edm-formats.js';
import { componentRef, type Schema } from './schema.js';

/**
 * The JSON shape and format of each primitive the docs' Type cells name (`DateTimeOffset`,
 * `Int64`, ...). `Untyped` is any JSON value, hence the empty schema. Where a JSON Schema
 * validator would not check what the emitted validators check (OData's own formats such as
 * `int16`, which Ajv ignores; `TimeOfDay` and `Duration`, which JSON Schema's `time` and
 * `duration` formats define more narrowly), the schema says it with `minimum`/`maximum` and
 * the validators' own `pattern`, so both give one verdict.
 */
export function primitiveSchema(name: PrimitiveName): Schema {
  switch (name) {
    case 'String':
      return { type: 'string' };
    case 'Boolean':
      return { type: 'boolean' };
    case 'Byte':
      return { type: 'integer', format: 'uint8', ...EDM_INTEGER_RANGES.Byte };
    case 'SByte':
      return { type: 'integer', format: 'int8', ...EDM_INTEGER_RANGES.SByte };
    case 'Int16':
      return { type: 'integer', format: 'int16', ...EDM_INTEGER_RANGES.Int16 };
    case 'Int32':
      return { type: 'integer', format: 'int32', ...EDM_INTEGER_RANGES.Int32 };
    case 'Int64':
      // Beyond 2^53 Graph may send a string of digits (IEEE754Compatible): both are Int64.
      return { type: ['integer', 'string'], format: 'int64', pattern: EDM_PATTERNS.int64String };
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
      return { type: 'string', pattern: EDM_PATTERNS.timeOfDay };
    case 'Duration':
      return { type: 'string', pattern: EDM_PATTERNS.duration };
    case 'Guid':
      return { type: 'string', format: 'uuid' };
    case 'Binary':
      // 3.1 says it the JSON Schema way: a base64 string, not 3.0's `format: byte`.
      return { type: 'string', contentEncoding: 'base64', pattern: EDM_PATTERNS.binary };
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
  if (Array.isArray(type)) return { ...schema, type: [...(type as unknown[]), 'null'] };
  return { anyOf: [schema, { type: 'null' }] };
}
