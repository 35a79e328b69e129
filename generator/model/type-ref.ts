/**
 * The primitive (Edm-like) types the docs write in Type cells. The names are the
 * docs' own vocabulary, not TypeScript's: emitters decide what each becomes.
 */
export const PRIMITIVE_NAMES = [
  'String',
  'Boolean',
  'Byte',
  'SByte',
  'Int16',
  'Int32',
  'Int64',
  'Single',
  'Double',
  'Decimal',
  'DateTimeOffset',
  'Date',
  'TimeOfDay',
  'Duration',
  'Guid',
  'Binary',
  'Stream',
  'Untyped',
] as const;

export type PrimitiveName = (typeof PRIMITIVE_NAMES)[number];

/** A fully qualified type name as the service spells it, e.g. `microsoft.graph.importedDeviceIdentity`. */
export type TypeId = string;

/** A property's or body's type after reconciliation: every name resolved to an object type or an enum. */
export type TypeRef =
  | { readonly kind: 'primitive'; readonly name: PrimitiveName }
  | { readonly kind: 'object'; readonly id: TypeId }
  | { readonly kind: 'enum'; readonly id: TypeId }
  | { readonly kind: 'collection'; readonly of: TypeRef }
  /** The docs give no usable type (junk cell, unresolvable name): emitted as `unknown`, never `any`. */
  | { readonly kind: 'unknown'; readonly text: string };

export function assertNever(value: never, what = 'value'): never {
  throw new Error(`unexpected ${what}: ${JSON.stringify(value)}`);
}
