import type { ObjectType, Operation, PageFacts } from '../../model/index.js';
import { isJsonObject } from '../../model/index.js';
import { flattenedProperties, typeLookup } from '../walk-example.js';

/**
 * What a page says a create request must send: rows marked required ("Required.", a Required
 * column), or every row of a table introduced as "the properties that are required when you
 * create" the type (seed 000), less rows marked optional. Identity and control properties are
 * the service's to set.
 */
export function requiredBodyProperties(page: PageFacts): string[] {
  return page.typeDescriptions
    .filter((d) => d.role === 'request-body')
    .flatMap((d) => d.properties.filter((p) => p.required === true || (d.requiredOnCreate && p.required !== false)).map((p) => p.name))
    .filter((name) => name !== 'id' && !name.startsWith('@'));
}

/**
 * The union of what the pages require, less anything one of the operation's own request
 * examples leaves out: an example that succeeds without a property shows it is not required
 * (seed 000's table calls `createdDateTime` required; both seeds' examples omit it).
 */
export function mergeRequired(group: readonly { readonly page: PageFacts; readonly required: readonly string[] }[]): string[] {
  const sent = group.flatMap((m) =>
    m.page.examples.flatMap((e) => (e.role === 'request' && e.http?.kind === 'request' && isJsonObject(e.body?.value) ? [new Set(Object.keys(e.body.value))] : [])),
  );
  const required = [...new Set(group.flatMap((m) => m.required))];
  return required.filter((name) => sent.every((keys) => keys.has(name))).sort();
}

/**
 * Keeps, of each operation's required body properties, those its body type has (own or
 * inherited): a page may call a property required that no table of the type lists (seed 000),
 * and the model promises emitters only names the type declares.
 */
export function keepDeclaredRequired(operations: readonly Operation[], objects: readonly ObjectType[]): Operation[] {
  const lookup = typeLookup({ objects, enums: [] });
  return operations.map((operation) => {
    const body = operation.requestBody;
    if (operation.bodyParameters.length > 0) {
      const declared = new Set(operation.bodyParameters.map((p) => p.name));
      return { ...operation, requiredBodyProperties: operation.requiredBodyProperties.filter((name) => declared.has(name)) };
    }
    if (operation.requiredBodyProperties.length === 0 || body?.kind !== 'object') return operation.requiredBodyProperties.length === 0 ? operation : { ...operation, requiredBodyProperties: [] };
    const declared = flattenedProperties(lookup, body.id);
    return { ...operation, requiredBodyProperties: operation.requiredBodyProperties.filter((name) => declared.has(name)) };
  });
}
