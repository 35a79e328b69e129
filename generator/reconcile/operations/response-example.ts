import type { PageFacts, TypeExpr } from '../../model/index.js';
import { PRIMITIVE_NAMES, isJsonObject } from '../../model/index.js';

const PRIMITIVE_BY_LOWER = new Map<string, (typeof PRIMITIVE_NAMES)[number]>(PRIMITIVE_NAMES.map((name) => [name.toLowerCase(), name]));

/**
 * The response type a page's response example shows when its Response sentence names none
 * ("one of the following requested objects" on user-get-mailboxsettings.md, "String collection
 * object" on group-checkmembergroups.md): the block's annotation (`"@odata.type":
 * "microsoft.graph.mailboxSettings"`, `"isCollection": true`), if the type is one the docs
 * describe (`isKnown`); a primitive annotation (`"string"`); bytes (`Stream`) for a body in
 * another media type; else, when the example has a JSON body, a body the page does not type. Undefined for a page whose examples answer with no body.
 */
export function responseExampleType(page: PageFacts, isKnown: (name: string) => boolean): TypeExpr | undefined {
  for (const example of page.examples) {
    if (example.role !== 'response' || (example.body === undefined && example.rawBody === undefined)) continue;
    if (example.http?.kind === 'response' && example.http.status === 204) continue;
    // A body in another media type (resource-get.md's image bytes) is a `Stream`.
    if (example.body === undefined) return { kind: 'primitive', name: 'Stream' };
    const written = example.annotation?.['@odata.type'];
    const collection = example.annotation?.['isCollection'] === true || (isJsonObject(example.body.value) && Array.isArray(example.body.value['value']));
    const name = typeof written === 'string' ? written.trim().replace(/^#/, '') : '';
    const primitive = PRIMITIVE_BY_LOWER.get(name.replace(/^edm\./i, '').toLowerCase());
    let item: TypeExpr | undefined;
    if (primitive !== undefined) item = { kind: 'primitive', name: primitive };
    else if (name !== '' && isKnown(name)) item = { kind: 'named', name, via: 'word' };
    if (item === undefined) return { kind: 'unknown', text: 'a JSON body the page does not type' };
    return collection ? { kind: 'collection', of: item } : item;
  }
  return undefined;
}

/**
 * The status a page's response examples answer with when its Response section states none
 * (site-unfollow.md shows `204 No Content`): the first success status shown, else undefined.
 */
export function exampleStatus(page: PageFacts): number | undefined {
  for (const example of page.examples) {
    if (example.role === 'response' && example.http?.kind === 'response' && example.http.status < 400) return example.http.status;
  }
  return undefined;
}
