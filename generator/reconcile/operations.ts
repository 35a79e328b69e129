import type { Diagnostic, HttpRequestLine, ObjectType, Operation, PageFacts, Permission, PermissionScheme, Property, TypeRef } from '../model/index.js';
import { flattenedProperties, typeLookup } from './walk-example.js';
import { compareSourcePlaces, diagnostic, isJsonObject } from '../model/index.js';
import type { Claims } from './claims.js';
import { pageNamespace } from './claims.js';
import { ancestorChain } from './inheritance.js';
import type { TypeTable } from './resolve-type.js';
import { resolveTypeExpr } from './resolve-type.js';
import { fitsTemplate, normalizePathTemplate } from './path-template.js';

/** Method + path with parameter names and case ignored: `{id}` and `{user-id}` name the same slot. */
export function operationIdentity(method: string, path: string): string {
  return `${method.toUpperCase()} ${path.replace(/\{[^}]*\}/g, '{}').toLowerCase()}`;
}

/** True when a concrete example path fits a path template (`{x}` matches any one segment). */
export function pathFitsTemplate(path: string, template: string): boolean {
  return fitsTemplate(path, normalizePathTemplate(template));
}


/**
 * A `…/$ref` path adds a reference: its body is `{ "@odata.id": "…" }`. When the page's own
 * examples instead post a full object to the path without `/$ref` (seed 000), the examples are
 * the evidence: the operation is the collection's create, and the `$ref` line is reported.
 */
function followExamples(page: PageFacts, line: HttpRequestLine, diagnostics: Diagnostic[]): string {
  if (!line.path.endsWith('/$ref')) return line.path;
  const bare = line.path.slice(0, -'/$ref'.length);
  const contradicting = page.examples.find(
    (example) =>
      example.http?.kind === 'request' &&
      example.http.method === line.method &&
      pathFitsTemplate(example.http.path, bare) &&
      isJsonObject(example.body?.value) &&
      !('@odata.id' in example.body.value),
  );
  if (!contradicting) return line.path;
  diagnostics.push(diagnostic('ref-path-with-object-body', line.place, { path: line.path, used: bare }, [{ place: contradicting.place, message: 'this example posts a full object' }]));
  return bare;
}

interface PageOperation {
  readonly page: PageFacts;
  /** Body properties this page says a request must send. */
  readonly required: readonly string[];
  readonly method: string;
  readonly path: string;
  readonly body: TypeRef | undefined;
  readonly bodyParameters: readonly Property[];
  readonly response: TypeRef | undefined;
  readonly status: number | undefined;
}

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
function mergeObjectRefs(refs: readonly (TypeRef | undefined)[], bases: ReadonlyMap<string, string>, idOfKey: (key: string) => string): TypeRef | undefined {
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

/**
 * What a page says a create request must send: rows marked required ("Required.", a Required
 * column), or every row of a table introduced as "the properties that are required when you
 * create" the type (seed 000), less rows marked optional. Identity and control properties are
 * the service's to set.
 */
function requiredBodyProperties(page: PageFacts): string[] {
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
function mergeRequired(group: readonly PageOperation[]): string[] {
  const sent = group.flatMap((m) =>
    m.page.examples.flatMap((e) => (e.role === 'request' && e.http?.kind === 'request' && isJsonObject(e.body?.value) ? [new Set(Object.keys(e.body.value))] : [])),
  );
  const required = [...new Set(group.flatMap((m) => m.required))];
  return required.filter((name) => sent.every((keys) => keys.has(name))).sort();
}

function mergePermissions(pages: readonly PageFacts[]): Permission[] {
  const schemes: PermissionScheme[] = ['delegated-work', 'delegated-personal', 'application'];
  return schemes.flatMap((scheme) => {
    const facts = pages.flatMap((page) => page.operation?.permissions ?? []).filter((p) => p.scheme === scheme);
    if (facts.length === 0) return [];
    const scopes = [...new Set(facts.flatMap((p) => p.scopes))];
    return [{ scheme, scopes, notSupported: scopes.length === 0 && facts.some((p) => p.notSupported) }];
  });
}

/** What one page says its operation takes and returns: its examples are of these types. */
export interface PageOperationTypes {
  /** The page's first operation: the one its examples illustrate unless their path says otherwise. */
  readonly operationId: string;
  readonly body: TypeRef | undefined;
  readonly response: TypeRef | undefined;
  /** Every operation the page's HTTP request block lists (`/me/messages` and `/users/{id}/messages`). */
  readonly operations: readonly { readonly id: string; readonly method: string; readonly path: string }[];
}

export interface ReconciledOperations {
  readonly operations: Operation[];
  /** Each API page's operation and types, for tying its examples to them. */
  readonly byPage: Map<string, PageOperationTypes>;
}

/**
 * One operation per method + path template, merged across every page that documents it
 * (seeds 000 and 001 both document the create of importedDeviceIdentities).
 */
export function reconcileOperations(
  pages: readonly PageFacts[],
  claims: Claims,
  table: TypeTable,
  bases: ReadonlyMap<string, string>,
  propertyNamesOf: (typeId: string) => ReadonlySet<string>,
  diagnostics: Diagnostic[],
): ReconciledOperations {
  const groups = new Map<string, PageOperation[]>();
  const pageLines = new Map<string, { method: string; path: string; identity: string }[]>();
  for (const page of pages) {
    const facts = page.operation;
    if (!facts) continue;
    const namespace = pageNamespace(page);
    const resolve = (expr: Parameters<typeof resolveTypeExpr>[0] | undefined, place = facts.place): TypeRef | undefined =>
      expr === undefined ? undefined : resolveTypeExpr(expr, { namespace, propertyName: '', place }, table, diagnostics);
    const named = facts.requestBodyType ?? requestExampleType(page);
    const namedBody = named ? resolve({ kind: 'named', name: named.name, via: named.via === 'link' ? 'link' : 'word' }, named.place) : undefined;
    const response = resolve(facts.response?.type, facts.response?.place);
    const parameters = namedBody === undefined ? bodyParameterProperties(page, namespace, table, diagnostics) : [];
    const seen = new Set<string>();
    for (const line of [...facts.requests, ...meTwins(page)]) {
      const path = normalizePathTemplate(followExamples(page, line, diagnostics));
      const identity = operationIdentity(line.method, path);
      if (seen.has(identity)) continue;
      seen.add(identity);
      // A `$ref` post sends `{ "@odata.id": url }` (administrativeunit-post-members.md).
      const lineParameters = parameters.length === 0 && path.endsWith('/$ref') && (line.method === 'POST' || line.method === 'PUT') ? [referenceParameter(line.place)] : parameters;
      const body = namedBody ?? unnamedBody(page, line.method, response, lineParameters, propertyNamesOf);
      pageLines.set(page.file, [...(pageLines.get(page.file) ?? []), { method: line.method, path, identity }]);
      groups.set(identity, [
        ...(groups.get(identity) ?? []),
        { page, required: requiredBodyProperties(page), method: line.method, path, body, bodyParameters: body === undefined ? lineParameters : [], response, status: facts.response?.status },
      ]);
    }
  }
  const idOfKey = (key: string): string => claims.spellings.choose(key) ?? key;
  const operations: Operation[] = [];
  const byPage = new Map<string, PageOperationTypes>();
  const idOfIdentity = new Map<string, string>();
  for (const group of groups.values()) {
    const first = group[0];
    if (!first) continue;
    const id = `${first.method} ${first.path}`;
    for (const member of group) {
      if (!byPage.has(member.page.file)) byPage.set(member.page.file, { operationId: id, body: member.body, response: member.response, operations: [] });
    }
    idOfIdentity.set(operationIdentity(first.method, first.path), id);
    const statuses = group.map((member) => member.status).filter((status): status is number => status !== undefined);
    const status = statuses[0] ?? (first.method === 'DELETE' ? 204 : first.method === 'POST' ? 201 : 200);
    const other = statuses.find((s) => s !== status);
    const firstFacts = first.page.operation;
    if (other !== undefined && firstFacts?.response) {
      diagnostics.push(diagnostic('response-status-conflict', firstFacts.response.place, { operation: id, chosen: String(status), other: String(other) }));
    }
    const body = status === 204 ? undefined : mergeObjectRefs(group.map((m) => m.response), bases, idOfKey);
    operations.push({
      kind: 'operation',
      id,
      method: first.method,
      path: first.path,
      pathParameters: [...first.path.matchAll(/\{([^}]+)\}/g)].map((m) => ({ name: m[1] ?? '' })),
      requestBody: mergeObjectRefs(group.map((m) => m.body), bases, idOfKey),
      bodyParameters: group.find((m) => m.bodyParameters.length > 0)?.bodyParameters ?? [],
      requiredBodyProperties: first.method === 'POST' ? mergeRequired(group) : [],
      response: { status, body },
      permissions: mergePermissions(group.map((m) => m.page)),
      title: firstFacts?.title,
      meta: {
        description: group.map((m) => m.page.operation?.summary).find((s) => s !== undefined && s.length > 0),
        sources: group.flatMap((m) => (m.page.operation ? [m.page.operation.place] : [])).sort(compareSourcePlaces),
      },
    });
  }
  for (const [file, types] of byPage) {
    const lines = (pageLines.get(file) ?? []).flatMap((line) => {
      const id = idOfIdentity.get(line.identity);
      return id === undefined ? [] : [{ id, method: line.method, path: line.path }];
    });
    byPage.set(file, { ...types, operations: lines });
  }
  return { operations, byPage };
}

/**
 * `/me/…` is the signed-in user's `/users/{id}/…`. A page that lists only the `/users/{id}`
 * form while its examples call the `/me` form (user-assignlicense.md) documents both: the
 * `/me` twin is added, at the documented line.
 */
function meTwins(page: PageFacts): HttpRequestLine[] {
  const lines = page.operation?.requests ?? [];
  const templates = lines.map((line) => ({ line, template: normalizePathTemplate(line.path) }));
  const twins: HttpRequestLine[] = [];
  for (const example of page.examples) {
    const http = example.http;
    if (example.role !== 'request' || http?.kind !== 'request' || !/^\/me(?=\/|$)/i.test(http.path)) continue;
    const fitting = templates.filter((t) => t.line.method === http.method);
    if (fitting.some((t) => fitsTemplate(http.path, t.template))) continue;
    const asUser = `/users/me${http.path.slice(3)}`;
    const twin = fitting.find((t) => /^\/users\/\{[^}]*\}/i.test(t.template) && fitsTemplate(asUser, t.template));
    if (twin === undefined) continue;
    const path = `/me${twin.template.replace(/^\/users\/\{[^}]*\}/i, '')}`;
    if (!twins.some((t) => t.method === twin.line.method && t.path === path)) twins.push({ ...twin.line, path });
  }
  return twins;
}

/** The `@odata.type` of the object a page's request example sends, the weakest word for its body type. */
function requestExampleType(page: PageFacts): { name: string; via: 'word'; place: HttpRequestLine['place'] } | undefined {
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
function bodyParameterProperties(page: PageFacts, namespace: string, table: TypeTable, diagnostics: Diagnostic[]): Property[] {
  const rows = page.typeDescriptions.filter((d) => d.role === 'request-body').flatMap((d) => d.properties);
  const seen = new Set<string>();
  return rows
    .filter((row) => /^[@A-Za-z_$][\w@.$-]*$/.test(row.name) && !seen.has(row.name) && seen.add(row.name))
    .map((row) => ({
      name: row.name,
      type: resolveTypeExpr(row.type, { namespace, propertyName: row.name, place: row.place }, table, diagnostics),
      meta: { description: row.description === '' ? undefined : row.description, sources: [row.place] },
    }));
}

function referenceParameter(place: HttpRequestLine['place']): Property {
  return { name: '@odata.id', type: { kind: 'primitive', name: 'String' }, meta: { description: 'The URL of the object to reference.', sources: [place] } };
}

/** Whether the page's request examples for this method send a JSON body. */
function examplesSendBody(page: PageFacts, method: string): boolean {
  return page.examples.some((e) => e.role === 'request' && e.http?.kind === 'request' && e.http.method === method && e.body !== undefined);
}

/**
 * The body type of a line whose page names none: an update (`PATCH`/`PUT`) sends the resource
 * it returns; so does a create (`POST`) whose request examples use only that resource's
 * properties (subscription-post-subscriptions.md has no "Request body" section); a parameter
 * table is sent as an inline object (undefined here); a `$ref` post sends `{ "@odata.id": … }`
 * (a parameter too); a body the examples send but nothing types is `unknown`.
 */
function unnamedBody(
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
  if (examplesSendBody(page, method)) return { kind: 'unknown', text: 'a JSON body the page does not type' };
  return undefined;
}

/** Whether the page's request examples for this method send objects whose every property is one of `names`. */
function examplesSendOnly(page: PageFacts, method: string, names: ReadonlySet<string>): boolean {
  const bodies = page.examples.filter((e) => e.role === 'request' && e.http?.kind === 'request' && e.http.method === method && e.body !== undefined).map((e) => e.body?.value);
  return bodies.length > 0 && bodies.every((body) => isJsonObject(body) && Object.keys(body).every((key) => key.startsWith('@') || names.has(key)) && Object.keys(body).some((key) => names.has(key)));
}

/**
 * Keeps, of each operation's required body properties, those its body type has (own or
 * inherited): a page may call a property required that no table of the type lists, and the
 * model promises emitters only names the type declares.
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
