import type { Diagnostic, HttpRequestLine, Operation, PageFacts, Property, TypeRef } from '../model/index.js';
import { compareSourcePlaces, diagnostic } from '../model/index.js';
import type { Claims } from './claims.js';
import { pageNamespace } from './claims.js';
import type { TypeTable } from './resolve-type.js';
import { resolveTypeExpr } from './resolve-type.js';
import { bodyParameterProperties, mergeObjectRefs, requestExampleType, unnamedBody } from './operations/operation-bodies.js';
import { operationIdentity } from './operations/operation-identity.js';
import { mergePermissions } from './operations/permissions-merge.js';
import { referenceParameter } from './operations/ref-path.js';
import type { PageLines } from './operations/page-lines.js';
import { mergeRequired, requiredBodyProperties } from './operations/required-body.js';
import { functionParametersOutsidePath } from './operations/function-parameters.js';
import { mergeQueryParameters } from './operations/query-parameters.js';
import { exampleStatus, responseExampleType } from './operations/response-example.js';
import { qualify, typeKey } from './names.js';
import { firstProse } from './prose/prose-expr.js';

/** An upload's body: bytes the caller supplies (`PUT /me/photo/$value`). */
const STREAM: TypeRef = { kind: 'primitive', name: 'Stream' };

/** One documented request line of one page, with what the page says it sends and returns. */
interface PageOperation {
  readonly page: PageFacts;
  readonly line: HttpRequestLine;
  /** Body properties this page says a request must send. */
  readonly required: readonly string[];
  readonly method: string;
  readonly path: string;
  readonly body: TypeRef | undefined;
  readonly bodyParameters: readonly Property[];
  readonly response: TypeRef | undefined;
  readonly status: number | undefined;
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
  linesOf: (page: PageFacts) => PageLines,
): ReconciledOperations {
  const groups = new Map<string, PageOperation[]>();
  const linesByPage = new Map<string, { method: string; path: string; identity: string }[]>();
  for (const page of pages) {
    const facts = page.operation;
    if (!facts) continue;
    const namespace = pageNamespace(page);
    const resolve = (expr: Parameters<typeof resolveTypeExpr>[0] | undefined, place = facts.place): TypeRef | undefined =>
      expr === undefined ? undefined : resolveTypeExpr(expr, { namespace, propertyName: '', place }, table, diagnostics);
    const named = facts.requestBodyType ?? requestExampleType(page);
    const namedBody = named ? resolve({ kind: 'named', name: named.name, via: named.via === 'link' ? 'link' : 'word' }, named.place) : undefined;
    // No type in the Response sentence: the response example's annotation says it (user-get-mailboxsettings.md).
    const isKnown = (name: string): boolean => claims.objects.has(typeKey(qualify(name, namespace))) || claims.enums.has(typeKey(qualify(name, namespace)));
    const noContent = facts.response?.status === 204;
    const shown = facts.response?.type === undefined && !noContent ? responseExampleType(page, isKnown) : undefined;
    const response = shown?.kind === 'unknown' ? { kind: 'unknown' as const, text: shown.text } : resolve(facts.response?.type ?? shown, facts.response?.place);
    const parameters = namedBody === undefined ? bodyParameterProperties(page, namespace, table, diagnostics) : [];
    const read = linesOf(page);
    diagnostics.push(...read.diagnostics);
    for (const { line, path, identity, sendsBytes } of read.lines) {
      // A `$ref` post sends `{ "@odata.id": url }` (administrativeunit-post-members.md).
      const refParameters = parameters.length === 0 && path.endsWith('/$ref') && (line.method === 'POST' || line.method === 'PUT') ? [referenceParameter(line.place)] : parameters;
      // `fetch` sends no GET body: a GET function's arguments go in its path (range-boundingrect.md's
      // "Request body" table; functionCallTwins), so a GET takes none.
      const takesNoBody = line.method === 'GET' || line.method === 'HEAD';
      const lineParameters = takesNoBody ? [] : refParameters;
      const body = takesNoBody ? undefined : sendsBytes ? STREAM : (namedBody ?? unnamedBody(page, line.method, response, lineParameters, propertyNamesOf));
      // `…/$value` is the raw value of what the page returns (message-get.md's MIME content): bytes.
      const lineResponse = line.method === 'GET' && /\/\$value$/i.test(path) ? STREAM : response;
      linesByPage.set(page.file, [...(linesByPage.get(page.file) ?? []), { method: line.method, path, identity }]);
      groups.set(identity, [
        ...(groups.get(identity) ?? []),
        { page, line, required: requiredBodyProperties(page), method: line.method, path, body, bodyParameters: body === undefined ? lineParameters : [], response: lineResponse, status: facts.response?.status ?? exampleStatus(page) },
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
      queryParameters: mergeQueryParameters(
        group.map((m) => ({ page: m.page, line: m.line, functionParametersInQuery: functionParametersOutsidePath(m.page, m.method, m.path), returnsCollection: m.response?.kind === 'collection' })),
      ),
      response: { status, body },
      permissions: mergePermissions(group.map((m) => m.page)),
      title: firstFacts?.title,
      meta: {
        description: firstProse(group.map((m) => m.page.operation?.summary)),
        sources: group.flatMap((m) => (m.page.operation ? [m.page.operation.place] : [])).sort(compareSourcePlaces),
      },
    });
  }
  for (const [file, types] of byPage) {
    const lines = (linesByPage.get(file) ?? []).flatMap((line) => {
      const id = idOfIdentity.get(line.identity);
      return id === undefined ? [] : [{ id, method: line.method, path: line.path }];
    });
    byPage.set(file, { ...types, operations: lines });
  }
  return { operations, byPage };
}
