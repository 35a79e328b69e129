import type { JsonBody, PropertyFact, TypeExpr } from '../model/index.js';
import { childPath, isJsonObject } from '../model/index.js';
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
  return readObjectProperties(body.value, body, '');
}

/** The properties one JSON object shows, each at its line (`path` is the object's JSON path in the body). */
function readObjectProperties(object: unknown, body: JsonBody, path: string): PropertyFact[] {
  if (!isJsonObject(object)) return [];
  const facts: PropertyFact[] = [];
  for (const [name, value] of Object.entries(object)) {
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
      required: undefined,
      place: { file: body.place.file, line: body.lines[childPath(path, name)] ?? body.place.line, column: 1 },
    });
  }
  return facts;
}

/** An object of an example that names its type, with the properties it shows. */
export interface TypedExampleObject {
  readonly odataType: string;
  readonly properties: readonly PropertyFact[];
  readonly line: number;
}

/**
 * Objects in a request or response example that say their type (`"@odata.type":
 * "#microsoft.graph.workbookFunctionResult"`), at any depth, with the properties they show:
 * for some types (workbook.md's function results) the examples are all the docs say. The
 * values are real values, so only JSON's own types can be read from them.
 */
export function readTypedExampleObjects(body: JsonBody): TypedExampleObject[] {
  const found: TypedExampleObject[] = [];
  const visit = (value: unknown, path: string, depth: number): void => {
    if (depth > 32) return;
    if (Array.isArray(value)) {
      value.forEach((item, index) => visit(item, childPath(path, index), depth + 1));
      return;
    }
    if (!isJsonObject(value)) return;
    const odataType = value['@odata.type'];
    if (typeof odataType === 'string' && /^#?[A-Za-z_][\w.]*$/.test(odataType.trim())) {
      found.push({ odataType: odataType.trim().replace(/^#/, ''), properties: readObjectProperties(value, body, path), line: body.lines[path] ?? body.place.line });
    }
    for (const [key, item] of Object.entries(value)) visit(item, childPath(path, key), depth + 1);
  };
  visit(body.value, '', 0);
  return found;
}
