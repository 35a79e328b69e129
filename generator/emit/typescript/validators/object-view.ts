import type { ObjectType, TypeId } from '../../../model/index.js';
import type { Names } from '../../naming/assign-names.js';
import { validatorFile, validatorInternalFile } from '../layout.js';
import type { FileImports } from '../file-imports.js';
import { chainProperties } from './hierarchy.js';
import { odataTypeName } from './odata-type-name.js';
import type { ValueCheckView } from './value-checks.js';
import { objectCheckName, valueCheck } from './value-checks.js';

/** One property's check in the straight-line properties function. */
export interface PropertyCheckView extends ValueCheckView {
  /** The wire name. */
  readonly name: string;
  readonly variable: string;
  /** How the emitted code reads it from `value`. */
  readonly access: string;
}

/** The object part of `validator.ts.hbs`'s view. */
export interface ObjectValidatorView {
  readonly typeName: string;
  readonly check: string;
  readonly checkProperties: string;
  /** `ValidationError.expected` for a value that is no object. */
  readonly expected: string;
  /** This type in `__odataTypeName` form. */
  readonly ownTypeName: string;
  readonly expectedOdataType: string;
  /** Every type derived from this one, with the checker `@odata.type` dispatches to. */
  readonly derived: readonly { readonly typeName: string; readonly check: string }[];
  /**
   * The docs say nothing of this type's shape (no property, no base, no derived type: a type
   * only ever named, such as `Json`), so any JSON value passes: range.md's `values` cells,
   * typed `Json`, hold strings, numbers and arrays.
   */
  readonly opaque: boolean;
  readonly properties: readonly PropertyCheckView[];
}

/** Names present on every plain object through its prototype: reading them must ask for an own property. */
const PROTOTYPE_NAMES = new Set(Object.getOwnPropertyNames(Object.prototype));

/**
 * How the emitted code reads a wire property. Bracket notation works whatever the name and
 * whatever `noPropertyAccessFromIndexSignature` says; `constructor` & co. would otherwise be
 * found on `Object.prototype` of every value and fail as "not a string".
 */
export function propertyAccess(name: string, imports: FileImports): string {
  if (!PROTOTYPE_NAMES.has(name)) return `value[${JSON.stringify(name)}]`;
  imports.value(validatorInternalFile(), '__own');
  return `__own(value, ${JSON.stringify(name)})`;
}

/** `@odata.id`, `@odata.etag`, `parent@odata.navigationLink`…: control information, never checked. */
export const isODataControlName = (name: string): boolean => name.startsWith('@odata.') || name.includes('@odata.');

/**
 * The view of an object type's validator, registering its imports: `chain` is the type and its
 * bases, base first (`baseChain`), `descendants` every type derived from it, by id.
 */
export function objectValidatorView(object: ObjectType, chain: readonly ObjectType[], descendants: readonly TypeId[], names: Names, imports: FileImports): ObjectValidatorView {
  const own = names.types.get(object.id);
  if (own === undefined) throw new Error(`no names assigned to ${object.id}`);
  imports.type(validatorInternalFile(), '__Context');
  for (const helper of ['__isForeignType', '__isRecord', '__odataTypeName', '__report', '__reportAt']) imports.value(validatorInternalFile(), helper);

  const derived = descendants.flatMap((id) => {
    const typeNames = names.types.get(id);
    if (typeNames === undefined) return [];
    imports.value(validatorFile(), objectCheckName(typeNames.typeName));
    return [{ typeName: odataTypeName(id, names.rootNamespace), check: objectCheckName(typeNames.typeName) }];
  });
  const inherited = chainProperties(chain);
  const properties = inherited
    .filter((property) => !isODataControlName(property.name))
    .map((property, index): PropertyCheckView => {
      const variable = `p${index}`;
      return { name: property.name, variable, access: propertyAccess(property.name, imports), ...valueCheck(property.type, variable, names, imports) };
    })
    .filter((property) => property.scalar !== null || property.object !== null || property.collection !== null);
  // Only a type with something to check enters the value (and so needs the cycle guard).
  if (properties.length > 0) for (const helper of ['__enter', '__leave']) imports.value(validatorInternalFile(), helper);

  return {
    typeName: own.typeName,
    check: objectCheckName(own.typeName),
    checkProperties: `check${own.typeName}Properties`,
    expected: `${own.typeName} object`,
    ownTypeName: odataTypeName(object.id, names.rootNamespace),
    expectedOdataType: `${object.id} or a type derived from it`,
    derived,
    properties,
    opaque: object.base === undefined && derived.length === 0 && inherited.length === 0,
  };
}
