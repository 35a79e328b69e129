import type { PrimitiveName, TypeRef } from '../../../model/index.js';
import { assertNever } from '../../../model/index.js';
import type { Names } from '../../naming/assign-names.js';
import { validatorFile, validatorInternalFile } from '../layout.js';
import type { FileImports } from '../file-imports.js';

/** How the emitted code tests one primitive: a `typeof`, or a helper of `_internal.ts`. */
export interface PrimitiveCheck {
  readonly test: { readonly kind: 'typeof'; readonly type: 'string' | 'boolean' } | { readonly kind: 'helper'; readonly helper: string };
  /** `ValidationError.expected`. */
  readonly expected: string;
  /** How an array of it is described: `array of DateTimeOffset`. */
  readonly label: string;
}

const helper = (name: string, expected: string, label: string): PrimitiveCheck => ({ test: { kind: 'helper', helper: name }, expected, label });

/** The check of each primitive, per the project's validation rules; undefined for "anything goes". */
export function primitiveCheck(name: PrimitiveName): PrimitiveCheck | undefined {
  switch (name) {
    case 'String':
      return { test: { kind: 'typeof', type: 'string' }, expected: 'string', label: 'string' };
    case 'Boolean':
      return { test: { kind: 'typeof', type: 'boolean' }, expected: 'boolean', label: 'boolean' };
    case 'Byte':
      return helper('__isByte', 'Byte (integer 0 to 255)', name);
    case 'SByte':
      return helper('__isSByte', 'SByte (integer -128 to 127)', name);
    case 'Int16':
      return helper('__isInt16', 'Int16 (integer -32768 to 32767)', name);
    case 'Int32':
      return helper('__isInt32', 'Int32 (32-bit integer)', name);
    case 'Int64':
      return helper('__isInt64', 'Int64 (integer, or a string of digits)', name);
    case 'Single':
    case 'Double':
    case 'Decimal':
      return helper('__isFiniteNumber', `${name} (finite number)`, name);
    case 'DateTimeOffset':
      return helper('__isDateTimeOffset', 'DateTimeOffset (ISO 8601)', name);
    case 'Date':
      return helper('__isDate', 'Date (yyyy-mm-dd)', name);
    case 'TimeOfDay':
      return helper('__isTimeOfDay', 'TimeOfDay (hh:mm:ss)', name);
    case 'Duration':
      return helper('__isDuration', 'Duration (ISO 8601, e.g. PT1H30M)', name);
    case 'Guid':
      return helper('__isGuid', 'Guid (8-4-4-4-12 hex)', name);
    case 'Binary':
      return helper('__isBinary', 'Binary (base64)', name);
    case 'Stream':
    case 'Untyped':
      return undefined;
    default:
      return assertNever(name, 'primitive');
  }
}

/** A check that is one condition: `invalid` is a TypeScript expression true when the value fails. */
export interface ScalarCheckView {
  readonly invalid: string;
  /** A TypeScript expression for `ValidationError.expected`, evaluated only on failure. */
  readonly expected: string;
}

/** A nested object: its checker reports its own errors. */
export interface ObjectCheckView {
  readonly check: string;
}

/** An array, then each item; exactly one of `scalar` and `object` is set. */
export interface CollectionCheckView {
  readonly expected: string;
  readonly scalar: ScalarCheckView | null;
  readonly object: ObjectCheckView | null;
}

/** What to check for one value; all null when anything goes. Null, not absent: templates run in strict mode. */
export interface ValueCheckView {
  readonly scalar: ScalarCheckView | null;
  readonly object: ObjectCheckView | null;
  readonly collection: CollectionCheckView | null;
}

/**
 * The module-local helpers of each type's validator. Every type's helpers share one module
 * (`validators.ts`), so no two names may meet: type names are unique, and each helper puts
 * its own fixed prefix and suffix around one (`__isXMemberSingle` cannot be `__is${Y}Member`
 * for any Y, where `__isXSingleMember` was enum `XSingle`'s member check).
 */
export const objectCheckName = (typeName: string): string => `__check${typeName}`;
export const enumMemberName = (typeName: string): string => `__is${typeName}Member`;
export const enumDescribeName = (typeName: string): string => `__describe${typeName}`;
/** A flags enum's check of one member (its values may join several with `,`). */
export const enumSingleMemberName = (typeName: string): string => `__is${typeName}MemberSingle`;

const NO_CHECK: ValueCheckView = { scalar: null, object: null, collection: null };

/** What the emitted code checks for a value of type `ref` held in `variable`, registering the imports it needs. */
export function valueCheck(ref: TypeRef, variable: string, names: Names, imports: FileImports): ValueCheckView {
  switch (ref.kind) {
    case 'primitive':
    case 'enum': {
      const scalar = scalarCheck(ref, variable, names, imports);
      return scalar === undefined ? NO_CHECK : { ...NO_CHECK, scalar };
    }
    case 'object': {
      const typeNames = names.types.get(ref.id);
      if (typeNames === undefined) return NO_CHECK;
      imports.value(validatorFile(), objectCheckName(typeNames.typeName));
      return { ...NO_CHECK, object: { check: objectCheckName(typeNames.typeName) } };
    }
    case 'collection': {
      const expected = `array of ${label(ref.of, names)}`;
      const item = ref.of;
      imports.value(validatorInternalFile(), '__isArray');
      if (item.kind === 'object') {
        const inner = valueCheck(item, 'item', names, imports);
        if (inner.object !== null) return { ...NO_CHECK, collection: { expected, scalar: null, object: inner.object } };
      } else {
        const scalar = scalarCheck(item, 'item', names, imports);
        if (scalar !== undefined) return { ...NO_CHECK, collection: { expected, scalar, object: null } };
      }
      // Items of no checkable type (Stream, Untyped, unresolved): only the array itself is checked.
      return { ...NO_CHECK, scalar: { invalid: `!__isArray(${variable})`, expected: JSON.stringify('array') } };
    }
    case 'unknown':
      return NO_CHECK;
    default:
      return assertNever(ref, 'type reference');
  }
}

/** A one-condition check, or undefined when anything goes. */
function scalarCheck(ref: TypeRef, variable: string, names: Names, imports: FileImports): ScalarCheckView | undefined {
  switch (ref.kind) {
    case 'primitive': {
      const check = primitiveCheck(ref.name);
      if (check === undefined) return undefined;
      if (check.test.kind === 'typeof') return { invalid: `typeof ${variable} !== '${check.test.type}'`, expected: JSON.stringify(check.expected) };
      imports.value(validatorInternalFile(), check.test.helper);
      return { invalid: `!${check.test.helper}(${variable})`, expected: JSON.stringify(check.expected) };
    }
    case 'enum': {
      const typeNames = names.types.get(ref.id);
      if (typeNames === undefined) return undefined;
      const file = validatorFile();
      const [member, describe] = [enumMemberName(typeNames.typeName), enumDescribeName(typeNames.typeName)];
      imports.value(file, member);
      imports.value(file, describe);
      return { invalid: `!${member}(${variable}, ctx.evolvable)`, expected: `${describe}(ctx.evolvable)` };
    }
    case 'collection':
      // OData has no collection of collections; the model allows one, so only its outer shape is checked.
      imports.value(validatorInternalFile(), '__isArray');
      return { invalid: `!__isArray(${variable})`, expected: JSON.stringify(`array of ${label(ref.of, names)}`) };
    case 'object':
    case 'unknown':
      return undefined;
    default:
      return assertNever(ref, 'type reference');
  }
}

/** A type's short name in an `expected` text: `DateTimeOffset`, `string`, `ImportedDeviceIdentity`. */
function label(ref: TypeRef, names: Names): string {
  switch (ref.kind) {
    case 'primitive':
      return primitiveCheck(ref.name)?.label ?? 'any value';
    case 'object':
    case 'enum':
      return names.types.get(ref.id)?.typeName ?? 'any value';
    case 'collection':
      return `array of ${label(ref.of, names)}`;
    case 'unknown':
      return 'any value';
    default:
      return assertNever(ref, 'type reference');
  }
}
