import type { Diagnostic, EnumType, Example, ExampleFacts, ObjectType, Operation, PageFacts, TypeRef } from '../model/index.js';
import { diagnostic, isJsonObject } from '../model/index.js';
import type { Claims } from './claims.js';
import { pageNamespace } from './claims.js';
import { qualify, typeKey } from './names.js';
import type { PageOperationTypes } from './operations.js';
import { fitsTemplate, templatePattern } from './path-template.js';
import { hostOf, serviceHost } from './service-host.js';

interface PartialModel {
  readonly objects: readonly ObjectType[];
  readonly enums: readonly EnumType[];
  readonly operations: readonly Operation[];
}


/**
 * Ties each example to the type its body should have. The body's own `@odata.type` is the
 * strongest evidence; then the annotation's (`"@odata.type": "microsoft.graph.x"` on response
 * blocks); then what the operation says it takes or returns. Annotation names are matched
 * case-insensitively and a case difference is reported (seed 000's `importeddeviceidentity`).
 */
export function reconcileExamples(
  pages: readonly PageFacts[],
  claims: Claims,
  model: PartialModel,
  operationsByPage: ReadonlyMap<string, PageOperationTypes>,
  diagnostics: Diagnostic[],
  /** The service's host (`serviceHost`), when the caller has it. */
  host: string | undefined = serviceHost(pages),
): Example[] {
  const objectsByKey = new Map(model.objects.map((o) => [o.id.toLowerCase(), o]));
  const operations = new Map(model.operations.map((o) => [o.id, o]));
  const examples: Example[] = [];
  // A request to another server illustrates no operation of this service, and is no doc fault.
  const toService = (facts: ExampleFacts): boolean => facts.http?.kind !== 'request' || host === undefined || [host, ''].includes(hostOf(facts.http.url));
  for (const page of pages) {
    const namespace = claims.pageNamespaces.get(page.file) ?? pageNamespace(page);
    const pageTypes = operationsByPage.get(page.file);
    const pageOperation = pageTypes !== undefined ? operations.get(pageTypes.operationId) : undefined;
    const typeNamed = (written: unknown, place: Example['place'] | undefined): TypeRef | undefined => {
      if (typeof written !== 'string' || written.trim() === '') return undefined;
      const found = objectsByKey.get(typeKey(qualify(written, namespace)));
      if (!found) return undefined;
      const spelled = written.replace(/^#/, '');
      const canonical = spelled.includes('.') ? found.id : found.name;
      if (place && spelled !== canonical && spelled.toLowerCase() === canonical.toLowerCase()) {
        diagnostics.push(diagnostic('annotation-type-case', place, { written: spelled, canonical }));
      }
      return { kind: 'object', id: found.id };
    };
    // A response illustrates the operation of the request before it.
    let current = pageOperation;
    for (const facts of page.examples) {
      const sent = toService(facts);
      if (facts.role === 'request') current = sent ? (illustratedOperation(facts, pageTypes, operations, diagnostics) ?? pageOperation) : undefined;
      const operation = facts.role === 'resource' ? undefined : current;
      if (facts.role === 'response' && facts.http?.kind === 'response') diagnostics.push(...responseExampleFaults(facts, facts.http.status, operation, page.operation?.response?.status));
      const value = facts.body?.value;
      const bodyType = isJsonObject(value) ? typeNamed(value['@odata.type'], undefined) : undefined;
      const annotated = typeNamed(facts.annotation?.['@odata.type'], facts.annotationPlace);
      const fallback = fallbackType(facts, pageTypes) ?? fallbackType(facts, operation && { operationId: operation.id, body: operation.requestBody, response: operation.response.body, operations: [] });
      examples.push(toExample(facts, operation, bodyType ?? annotated ?? fallback, sent));
    }
  }
  return examples;
}

/**
 * The operation a request example illustrates: of the page's operations (`/me/messages` and
 * `/users/{id}/messages` on user-list-messages.md), the one whose method and template its path
 * fits. A path that fits none is reported at the example (`example-path-undocumented`).
 */
function illustratedOperation(
  facts: ExampleFacts,
  pageTypes: PageOperationTypes | undefined,
  operations: ReadonlyMap<string, Operation>,
  diagnostics: Diagnostic[],
): Operation | undefined {
  const http = facts.http;
  if (http?.kind !== 'request' || pageTypes === undefined) return undefined;
  const candidates = pageTypes.operations;
  // A path that fits with one segment per placeholder beats one that needs a placeholder to
  // span segments: `/me/messages/1/$value` is the `$value` line, not `/me/messages/{id}` (message-get.md).
  const fitting =
    candidates.find((o) => o.method === http.method && templatePattern(o.path).test(http.path)) ?? candidates.find((o) => o.method === http.method && fitsTemplate(http.path, o.path));
  if (fitting) return operations.get(fitting.id);
  const documented = candidates.map((o) => `${o.method} ${o.path}`).join(', ');
  diagnostics.push(diagnostic('example-path-undocumented', facts.place, { request: `${http.method} ${http.path}`, documented }));
  return undefined;
}

/** What the example's own page says its operation takes or returns (not the merged operation's, which may be a base). */
function fallbackType(facts: ExampleFacts, pageTypes: PageOperationTypes | undefined): TypeRef | undefined {
  if (!pageTypes) return undefined;
  if (facts.role === 'request') return pageTypes.body;
  if (facts.role === 'response') return pageTypes.response;
  return undefined;
}

function toExample(facts: ExampleFacts, operation: Operation | undefined, type: TypeRef | undefined, toService: boolean): Example {
  const http = facts.http;
  return {
    kind: 'example',
    role: facts.role,
    operationId: operation?.id,
    type,
    request: http?.kind === 'request' ? { method: http.method, path: http.path, query: http.query, headers: http.headers, toService } : undefined,
    status: http?.kind === 'response' ? http.status : undefined,
    body: facts.body?.value,
    hasBody: facts.body !== undefined && facts.body.parsed,
    bodyState: facts.body === undefined ? 'none' : facts.body.parsed ? 'parsed' : 'unparsed',
    bodyProblem: facts.body?.problem,
    rawBody: facts.rawBody,
    lines: facts.body?.lines ?? {},
    place: facts.place,
  };
}

/**
 * What a response example gets wrong against its operation, at the example's line: a status
 * other than the documented one (activitybasedtimeoutpolicy-update.md's sentence says 204,
 * user-update.md's example 204 where the page says 200), or a body under `204 No Content`.
 * Error statuses are examples of failures and are not compared.
 */
function responseExampleFaults(facts: ExampleFacts, status: number, operation: Operation | undefined, documented: number | undefined): Diagnostic[] {
  const faults: Diagnostic[] = [];
  if (status === 204 && (facts.body !== undefined || facts.rawBody !== undefined)) faults.push(diagnostic('example-no-content-body', facts.place, {}));
  // Only a status the page states can be contradicted; without one the operation took the example's.
  if (operation !== undefined && documented !== undefined && status < 400 && status !== documented) {
    faults.push(diagnostic('example-status-differs', facts.place, { operation: operation.id, shown: String(status), documented: String(documented) }));
  }
  return faults;
}
