import type { TypeExpr, TypeRef } from '../../model/index.js';

/**
 * The type of a query option or function parameter from its table's Type or Value column
 * (`Int32` on reportroot pages, `string` on contact-get.md): primitives and lists of them
 * only, since a query string carries text; anything else (`etag`, an enum name) is sent as text.
 */
export function primitiveOf(type: TypeExpr | undefined): TypeRef | undefined {
  if (type === undefined) return undefined;
  if (type.kind === 'primitive') return { kind: 'primitive', name: type.name };
  if (type.kind === 'collection' && type.of.kind === 'primitive') return { kind: 'collection', of: { kind: 'primitive', name: type.of.name } };
  return { kind: 'primitive', name: 'String' };
}
