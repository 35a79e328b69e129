import type { ApiModel, EnumType, Meta, ObjectType, Operation } from '../../model/index.js';
import type { ProseTexts } from './prose-expr.js';
import { resolveProse } from './prose-expr.js';

/**
 * Puts the words into a model built from split facts (see `splitProse`): every description
 * that reconciling left as an expression becomes its text. The structure is shared, not
 * copied, and never changed: a watch session keeps it for the next edit.
 */
export function describeModel(structure: ApiModel, texts: ProseTexts): ApiModel {
  const meta = (given: Meta): Meta => (given.description === undefined ? given : { ...given, description: resolveProse(given.description, texts) });
  const withMeta = <T extends { readonly meta: Meta }>(node: T): T => (node.meta.description === undefined ? node : { ...node, meta: meta(node.meta) });
  const object = (type: ObjectType): ObjectType => ({ ...withMeta(type), properties: type.properties.map(withMeta) });
  const enumType = (type: EnumType): EnumType => ({ ...withMeta(type), members: type.members.map(withMeta) });
  const operation = (op: Operation): Operation => ({ ...withMeta(op), bodyParameters: op.bodyParameters.map(withMeta), queryParameters: op.queryParameters.map(withMeta) });
  return { ...structure, objects: structure.objects.map(object), enums: structure.enums.map(enumType), operations: structure.operations.map(operation) };
}
