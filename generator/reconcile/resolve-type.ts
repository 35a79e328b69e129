import type { Diagnostic, SourcePlace, TypeExpr, TypeRef } from '../model/index.js';
import { diagnostic } from '../model/index.js';
import { qualify, typeKey } from './names.js';

/** What type resolution needs to know: which keys are enums, and how to name (or create) an object type. */
export interface TypeTable {
  readonly enumIdOf: (key: string) => string | undefined;
  /** The object type's id for a key, registering an undocumented type when no page describes it. */
  readonly objectIdOf: (key: string, written: string, namespace: string, place: SourcePlace) => string;
  /** The nearest type every one of these object types is or derives from, by the bases the pages state. */
  readonly commonBaseOf: (ids: readonly string[]) => string | undefined;
}

/**
 * Resolves a Type cell's expression to a model type reference. Names resolve in the page's
 * namespace unless qualified; `Enumeration` resolves to the enum named after the property;
 * an unreadable cell becomes `unknown` with a diagnostic (never `any`).
 */
export function resolveTypeExpr(
  expr: TypeExpr,
  context: { readonly namespace: string; readonly propertyName: string; readonly place: SourcePlace },
  table: TypeTable,
  diagnostics: Diagnostic[],
): TypeRef {
  switch (expr.kind) {
    case 'primitive':
      return expr;
    case 'collection':
      return { kind: 'collection', of: resolveTypeExpr(expr.of, context, table, diagnostics) };
    case 'enumeration': {
      const id = table.enumIdOf(typeKey(qualify(context.propertyName, context.namespace)));
      // `Enumeration` with no member list names no enum we know: the wire value is a string.
      return id !== undefined ? { kind: 'enum', id } : { kind: 'primitive', name: 'String' };
    }
    case 'named': {
      const name = qualify(expr.name, context.namespace);
      const key = typeKey(name);
      const enumId = table.enumIdOf(key);
      if (enumId !== undefined) return { kind: 'enum', id: enumId };
      return { kind: 'object', id: table.objectIdOf(key, expr.name, context.namespace, context.place) };
    }
    case 'alternatives': {
      const refs = expr.of.map((alternative) => resolveTypeExpr(alternative, context, table, diagnostics));
      const common = commonTypeOf(refs, table);
      if (common !== undefined) return common;
      const text = refs.map(describeTypeRef).join(' or ');
      diagnostics.push(diagnostic('type-alternatives-unrelated', context.place, { text }));
      return { kind: 'unknown', text };
    }
    case 'unknown':
      diagnostics.push(diagnostic('unknown-type-cell', context.place, { text: expr.text }));
      return { kind: 'unknown', text: expr.text };
    default: {
      const never: never = expr;
      return never;
    }
  }
}

/**
 * The one type that holds a value of each alternative a cell names ("A or B"): the type itself
 * when they all say the same; the nearest common base of object types (call.md's `mediaConfig`,
 * `appHostedMediaConfig` or `serviceHostedMediaConfig`, both deriving from `mediaConfig`, which
 * the service declares and whose validator dispatches on `@odata.type` to either); a collection
 * of that for collections. Undefined when nothing holds them all (OData has no union types).
 */
export function commonTypeOf(refs: readonly TypeRef[], table: Pick<TypeTable, 'commonBaseOf'>): TypeRef | undefined {
  const [first, ...rest] = refs;
  if (first === undefined) return undefined;
  if (rest.every((ref) => describeTypeRef(ref) === describeTypeRef(first))) return first;
  if (refs.every((ref) => ref.kind === 'collection')) {
    const of = commonTypeOf(refs.map((ref) => (ref.kind === 'collection' ? ref.of : ref)), table);
    return of === undefined ? undefined : { kind: 'collection', of };
  }
  if (refs.every((ref) => ref.kind === 'object')) {
    const id = table.commonBaseOf(refs.map((ref) => (ref.kind === 'object' ? ref.id : '')));
    return id === undefined ? undefined : { kind: 'object', id };
  }
  return undefined;
}

/** A short text for a type reference, for diagnostics: `String`, `enrollmentState`, `Collection(x)`. */
export function describeTypeRef(ref: TypeRef): string {
  switch (ref.kind) {
    case 'primitive':
      return ref.name;
    case 'object':
    case 'enum':
      return ref.id;
    case 'collection':
      return `Collection(${describeTypeRef(ref.of)})`;
    case 'unknown':
      return `unknown (${ref.text})`;
    default: {
      const never: never = ref;
      return never;
    }
  }
}
