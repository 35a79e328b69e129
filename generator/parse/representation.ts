import type { JsonBody, PropertyFact, TypeExpr } from '../model/index.js';
import { isJsonObject } from '../model/index.js';
import { primitiveFromWord } from './type-cell.js';

/**
 * The type a value in a JSON representation block stands for. Those blocks write types as
 * placeholder values (`"String"`, `"String (identifier)"`, `"Int32"`, `1024`, `true`,
 * `{"@odata.type": "microsoft.graph.identitySet"}`, `[{"@odata.type": …}]`); a value that
 * says nothing about its type gives undefined.
 */
export function typeOfRepresentationValue(value: unknown): TypeExpr | undefined {
  if (typeof value === 'boolean') return { kind: 'primitive', name: 'Boolean' };
  if (typeof value === 'number') return { kind: 'primitive', name: Number.isInteger(value) ? 'Int32' : 'Double' };
  if (typeof value === 'string') {
    const word = value.replace(/\s*\(.*\)\s*$/, '').trim();
    return { kind: 'primitive', name: primitiveFromWord(word) ?? 'String' };
  }
  if (Array.isArray(value)) {
    const item = value.find((entry) => entry !== null && entry !== undefined);
    const of = item === undefined ? undefined : typeOfRepresentationValue(item);
    return of === undefined ? undefined : { kind: 'collection', of };
  }
  if (isJsonObject(value)) {
    const odataType = value['@odata.type'];
    if (typeof odataType === 'string' && /^#?[A-Za-z_][\w.]*$/.test(odataType.trim())) return { kind: 'named', name: odataType.trim().replace(/^#/, ''), via: 'word' };
  }
  return undefined;
}

/**
 * Properties a JSON representation block shows (resource pages' `blockType: resource`): the
 * weakest evidence of a type's shape, used for properties no table lists (filtercriteria.md
 * has no table at all). Control keys (`@odata.*`) are not properties.
 */
export function readRepresentationProperties(body: JsonBody): PropertyFact[] {
  if (!isJsonObject(body.value)) return [];
  const facts: PropertyFact[] = [];
  for (const [name, value] of Object.entries(body.value)) {
    if (name.startsWith('@') || !/^[A-Za-z_][\w.]*$/.test(name)) continue;
    const type = typeOfRepresentationValue(value);
    if (type === undefined) continue;
    facts.push({
      name,
      type,
      description: '',
      possibleValues: undefined,
      inheritedFrom: undefined,
      valuesAnchor: undefined,
      place: { file: body.place.file, line: body.lines[name] ?? body.place.line, column: 1 },
    });
  }
  return facts;
}
