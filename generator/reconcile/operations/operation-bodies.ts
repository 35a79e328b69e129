import type { Diagnostic, HttpRequestLine, PageFacts, Property, TypeRef } from '../../model/index.js';
import { isJsonObject } from '../../model/index.js';
import { ancestorChain } from '../inheritance.js';
import type { TypeTable } from '../resolve-type.js';
import { resolveTypeExpr } from '../resolve-type.js';
import { fitsTemplate } from '../path-template.js';
import { firstProse } from '../prose/prose-expr.js';

/** The nearest type both are (or derive from), or undefined when they share none. */
function commonAncestor(bases: ReadonlyMap<string, string>, a: string, b: string): string | undefined {
  const chainA = [a.toLowerCase(), ...ancestorChain(bases, a.toLowerCase())];
  const chainB = new Set([b.toLowerCase(), ...ancestorChain(bases, b.toLowerCase())]);
  return chainA.find((key) => chainB.has(key));
}

/**
 * Body and response types from several pages: when one page documents the create of a base
 * type and another of a derived one (the seeds), the operation takes the base, which accepts
 * both; unrelated types keep the first page's.
 */
export function mergeObjectRefs(refs: readonly (TypeRef | undefined)[], bases: ReadonlyMap<string, string>, idOfKey: (key: string) => string): TypeRef | undefined {
  const mergeTwo = (a: TypeRef, b: TypeRef): TypeRef => {
    if (a.kind === 'object' && b.kind === 'object') {
      const shared = commonAncestor(bases, a.id, b.id);
      return shared !== undefined ? { kind: 'object', id: idOfKey(shared) } : a;
    }
    // Lists of a base and of a derived type (Intune's per-subtype "list" pages): the base's list.
    if (a.kind === 'collection' && b.kind === 'collection') return { kind: 'collection', of: mergeTwo(a.of, b.of) };
    return a;
  };
  let merged: TypeRef | undefined;
  for (const ref of refs) if (ref !== undefined) merged = merged === undefined ? ref : mergeTwo(merged, ref);
  return merged;
}

/** The `@odata.type` of the object a page's request example sends, the weakest word for its body type (a page without a "Request body" sentence). */
export function requestExampleType(page: PageFacts): { name: string; via: 'word'; place: HttpRequestLine['place'] } | undefined {
  for (const example of page.examples) {
    const value = example.body?.value;
    if (example.role === 'request' && isJsonObject(value) && typeof value['@odata.type'] === 'string') {
      return { name: value['@odata.type'].replace(/^#/, ''), via: 'word', place: example.place };
    }
  }
  return undefined;
}

/**
 * An action's "Request body" table when it names no type (`|Parameter|Type|Description|`,
 * application-addkey.md): the properties of the JSON object the request sends.
 */
export function bodyParameterProperties(page: PageFacts, namespace: string, table: TypeTable, diagnostics: Diagnostic[]): Property[] {
  const rows = page.typeDescriptions.filter((d) => d.role === 'request-body').flatMap((d) => d.properties);
  const seen = new Set<string>();
  return rows
    .filter((row) => /^[@A-Za-z_$][\w@.$-]*$/.test(row.name) && !seen.has(row.name) && seen.add(row.name))
    .map((row) => ({
      name: row.name,
      type: resolveTypeExpr(row.type, { namespace, propertyName: row.name, place: row.place }, table, diagnostics),
      meta: { description: firstProse([row.description]), sources: [row.place] },
    }));
}

/** The request examples of a page for one method. */
function requestExamples(page: PageFacts, method: string): PageFacts['examples'] {
  return page.examples.filter((e) => e.role === 'request' && e.http?.kind === 'request' && e.http.method === method);
}

/** Whether the page's request examples for this method send objects whose every property is one of `names`. */
function examplesSendOnly(page: PageFacts, method: string, names: ReadonlySet<string>): boolean {
  const bodies = requestExamples(page, method).filter((e) => e.body !== undefined).map((e) => e.body?.value);
  return bodies.length > 0 && bodies.every((body) => isJsonObject(body) && Object.keys(body).every((key) => key.startsWith('@') || names.has(key)) && Object.keys(body).some((key) => names.has(key)));
}

/**
 * The body type of a line whose page names none: an update (`PATCH`/`PUT`) sends the resource
 * it returns; so does a create (`POST`) whose request examples use only that resource's
 * properties (subscription-post-subscriptions.md has no "Request body" section); a parameter
 * table is sent as an inline object (undefined here); a `$ref` post sends `{ "@odata.id": … }`
 * (a parameter too); a body the examples send but nothing types is `unknown`.
 */
export function unnamedBody(
  page: PageFacts,
  method: string,
  response: TypeRef | undefined,
  parameters: readonly Property[],
  propertyNamesOf: (typeId: string) => ReadonlySet<string>,
): TypeRef | undefined {
  if ((method === 'PATCH' || method === 'PUT') && response?.kind === 'object') return response;
  if (parameters.length > 0) return undefined;
  if (method === 'GET' || method === 'DELETE') return undefined;
  if (method === 'POST' && response?.kind === 'object' && examplesSendOnly(page, method, propertyNamesOf(response.id))) return response;
  if (requestExamples(page, method).some((e) => e.body !== undefined)) return { kind: 'unknown', text: 'a JSON body the page does not type' };
  return undefined;
}

/**
 * Whether the page's request examples for this method send bytes, not JSON: a body under a
 * non-JSON `Content-Type` (profilephoto-update.md's `image/jpeg`, teamsapp-publish.md's
 * `application/zip`) and no example of the method and path sending JSON. Such a body is a `Stream`.
 */
export function examplesSendBytes(page: PageFacts, method: string, template: string): boolean {
  // Only the examples of this path: a page may PATCH JSON to one path and bytes to another
  // (organizationalbrandingproperties-update.md).
  const examples = requestExamples(page, method).filter((e) => e.http?.kind === 'request' && fitsTemplate(e.http.path, template));
  return examples.some((e) => e.rawBody !== undefined) && !examples.some((e) => e.body !== undefined);
}
