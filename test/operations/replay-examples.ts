import { createServer } from 'node:http';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { isDeepStrictEqual } from 'node:util';
import type { ApiModel, Example, Operation } from '../../generator/model/index.js';
import { assignNames } from '../../generator/emit/naming/assign-names.js';
import { pathExpression } from '../../generator/emit/typescript/operations/path-expression.js';

/**
 * Replays the docs' request examples through the generated request functions against a local
 * server (issue 6's proof): each example's path parameters, query and body go in through the
 * function's parameters; the server records what arrives and answers with the example's paired
 * response, which the function must hand back.
 */

/** Why a request example was not sent as documented, or its response not returned. */
export type ReplayFailure =
  | 'no-operation'
  | 'path-fits-no-template'
  | 'body-not-json'
  | 'body-not-taken'
  | 'method'
  | 'path'
  | 'query'
  | 'body'
  | 'threw';

export interface ReplayCase {
  readonly example: Example;
  readonly operation: Operation | undefined;
  readonly functionName: string | undefined;
  /** Empty when sent as documented. */
  readonly sendFailures: readonly ReplayFailure[];
  /** Undefined when no response example pairs with the request. */
  readonly returned: boolean | undefined;
  readonly detail: string;
}

export interface ReplayResult {
  readonly cases: readonly ReplayCase[];
  /** Request examples addressed to another server than the service's, not replayed. */
  readonly elsewhere: number;
  /** Query pairs of the examples, and how many went in through the function's typed query options. */
  readonly queryPairs: number;
  readonly typedQueryPairs: number;
  readonly sent: number;
  readonly requests: number;
  readonly returned: number;
  readonly responses: number;
}

interface Recorded {
  method: string;
  path: string;
  query: [string, string][];
  body: string;
}

/** Decodes percent escapes where they are well-formed; docs write raw `%` in `$filter`s too. */
function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** Plain JSON data (the lenient JSON reader may build objects of another prototype, which deep-equality would count). */
function plain(value: unknown): unknown {
  return value === undefined ? undefined : JSON.parse(JSON.stringify(value));
}

/** `a=1&$select=x,y` as ordered, decoded pairs (a key without `=` has the empty value). */
export function queryPairs(query: string): [string, string][] {
  if (query === '') return [];
  return query
    .split('&')
    .filter((part) => part !== '')
    .map((part) => {
      const at = part.indexOf('=');
      return at < 0 ? [safeDecode(part), ''] : [safeDecode(part.slice(0, at)), safeDecode(part.slice(at + 1))];
    });
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const PLACEHOLDER = /\{([^}]+)\}/g;

/**
 * The values an example path gives a template's placeholders, in order, or undefined when it
 * does not fit. A placeholder takes one segment when it can, more only when it must
 * (`/drive/root:/{item-path}:/content`).
 */
export function matchPathParameters(template: string, path: string): string[] | undefined {
  for (const capture of ['([^/]+?)', '(.+?)']) {
    let source = '';
    let last = 0;
    for (const match of template.matchAll(PLACEHOLDER)) {
      source += escapeRegExp(template.slice(last, match.index)) + capture;
      last = match.index + match[0].length;
    }
    source += escapeRegExp(template.slice(last));
    const found = new RegExp(`^${source}/?$`, 'i').exec(path);
    if (found) return found.slice(1).map((value) => safeDecode(value ?? ''));
  }
  return undefined;
}

/** The response example that answers a request example: the next one on its page, before the next request. */
export function pairedResponses(examples: readonly Example[]): Map<Example, Example> {
  const pairs = new Map<Example, Example>();
  const byFile = new Map<string, Example[]>();
  for (const example of examples) byFile.set(example.place.file, [...(byFile.get(example.place.file) ?? []), example]);
  for (const list of byFile.values()) {
    const sorted = [...list].sort((a, b) => a.place.line - b.place.line);
    sorted.forEach((example, i) => {
      if (example.role !== 'request') return;
      for (const next of sorted.slice(i + 1)) {
        if (next.role === 'request') break;
        if (next.role === 'response') {
          pairs.set(example, next);
          break;
        }
      }
    });
  }
  return pairs;
}

/**
 * Whether what the function promises (its result type) fits the response the docs show: no body
 * for `void`, a `{ value: [...] }` page for a collection, an object for an object type.
 */
export function promisedFits(operation: Operation, body: unknown): boolean {
  const promised = operation.response.status === 204 ? undefined : operation.response.body;
  if (promised === undefined) return body === undefined;
  if (body === undefined) return false;
  if (promised.kind === 'collection') return typeof body === 'object' && body !== null && Array.isArray((body as { value?: unknown }).value);
  if (promised.kind === 'object') return typeof body === 'object' && body !== null && !Array.isArray(body);
  return true;
}

/** Splits at the commas outside parentheses: `columns(select=a,b),items` is two items. */
export function splitTopLevel(text: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '(') depth++;
    else if (text[i] === ')') depth = Math.max(0, depth - 1);
    else if (text[i] === ',' && depth === 0) {
      parts.push(text.slice(start, i));
      start = i + 1;
    }
  }
  return [...parts, text.slice(start)];
}

/**
 * An example's query value as the typed option takes it (`$select=a,b` → `['a', 'b']`,
 * `$top=5` → `5`, `$count=true` → `true`), or undefined when the option is not documented
 * under that exact name or the value does not fit its type; such pairs are passed as text.
 */
export function typedQueryValue(operation: Operation, name: string, value: string): unknown {
  const parameter = operation.queryParameters.find((p) => p.name === name);
  if (parameter === undefined) return undefined;
  const type = parameter.type;
  if (type.kind === 'collection') return splitTopLevel(value);
  if (type.kind !== 'primitive') return value;
  if (['Int32', 'Int64', 'Int16', 'Byte'].includes(type.name)) return /^-?\d+$/.test(value) ? Number(value) : undefined;
  if (type.name === 'Boolean') return value === 'true' ? true : value === 'false' ? false : undefined;
  return value;
}

type RequestFunction = (...args: unknown[]) => Promise<unknown>;

interface GeneratedModule {
  readonly createClient: (options: object) => unknown;
  readonly [name: string]: unknown;
}

interface Answer {
  status: number;
  body: string | undefined;
  /** `application/json`, or `text/plain` for a response example in another media type. */
  type: string;
}

function startServer(record: (r: Recorded) => Answer): Promise<{ url: string; close: () => Promise<void> }> {
  const server = createServer((request: IncomingMessage, response: ServerResponse) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const url = request.url ?? '';
      const at = url.indexOf('?');
      const answer = record({
        method: request.method ?? '',
        path: at < 0 ? url : url.slice(0, at),
        query: queryPairs(at < 0 ? '' : url.slice(at + 1)),
        body: Buffer.concat(chunks).toString('utf8'),
      });
      const noBody = answer.body === undefined || answer.status === 204 || answer.status === 304;
      response.writeHead(answer.status, noBody ? {} : { 'content-type': answer.type });
      response.end(noBody ? undefined : answer.body);
    });
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () =>
      resolve({ url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, close: () => new Promise<void>((done) => server.close(() => done())) }),
    ),
  );
}

/** JSON when the text is JSON, else the text itself (an upload's bytes as the docs write them). */
function parseOrText(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

const isStream = (operation: Operation): boolean => operation.requestBody?.kind === 'primitive' && operation.requestBody.name === 'Stream';

/** What the function resolved (or rejected) with, as JSON data to compare with the response example. */
async function settle(call: Promise<unknown>): Promise<{ ok: boolean; value: unknown; status: number | undefined }> {
  try {
    const value = await call;
    if (value instanceof ArrayBuffer) {
      const text = Buffer.from(value).toString('utf8');
      return { ok: true, value: text === '' ? undefined : parseOrText(text), status: undefined };
    }
    return { ok: true, value, status: undefined };
  } catch (error) {
    const status = (error as { status?: unknown }).status;
    return { ok: false, value: (error as { body?: unknown }).body, status: typeof status === 'number' ? status : undefined };
  }
}

/** Replays every request example (with an HTTP request line) of the model through the loaded package. */
export async function replayExamples(model: ApiModel, generated: GeneratedModule): Promise<ReplayResult> {
  const names = assignNames(model);
  const operations = new Map(model.operations.map((o) => [o.id, o]));
  const pairs = pairedResponses(model.examples);
  let answer: Answer = { status: 200, body: undefined, type: 'application/json' };
  let recorded: Recorded | undefined;
  const server = await startServer((r) => {
    recorded = r;
    return answer;
  });
  const prefix = '/v1.0';
  const client = generated.createClient({ baseUrl: `${server.url}${prefix}`, retry: { maxRetries: 0 } });
  const cases: ReplayCase[] = [];
  let queryTotal = 0;
  let elsewhere = 0;
  let queryTyped = 0;
  // Overview and resource pages show requests too, but document no operation to call.
  const documented = new Set(model.operations.flatMap((o) => o.meta.sources.map((place) => place.file)));
  try {
    for (const example of model.examples) {
      const request = example.request;
      if (example.role !== 'request' || request === undefined) continue;
      // A request to another server (an app's callback, an upload URL) is no call of this API.
      if (!request.toService) {
        elsewhere++;
        continue;
      }
      if (example.operationId === undefined && !documented.has(example.place.file)) continue;
      const operation = example.operationId === undefined ? undefined : operations.get(example.operationId);
      const functionName = operation && names.operations.get(operation.id)?.functionName;
      const fn = functionName === undefined ? undefined : (generated[functionName] as RequestFunction | undefined);
      const response = pairs.get(example);
      const failures: ReplayFailure[] = [];
      if (!operation || !fn) {
        cases.push({ example, operation, functionName, sendFailures: ['no-operation'], returned: response && false, detail: '' });
        continue;
      }
      const values = matchPathParameters(operation.path, request.path);
      if (values === undefined) failures.push('path-fits-no-template');
      const keys = pathExpression(operation.path, 'encode').parameters;
      const args: unknown[] = [client];
      if (keys.length > 0) args.push(Object.fromEntries(keys.map((k, i) => [k.key, values?.[i] ?? `{${k.name}}`])));
      const takesBody = operation.requestBody !== undefined || operation.bodyParameters.length > 0;
      // An upload sends the bytes as the docs write them; everything else sends the JSON value.
      const bytes = isStream(operation);
      if (takesBody) args.push(bytes ? (example.rawBody ?? '') : example.body);
      if (example.bodyState === 'unparsed') failures.push('body-not-json');
      if ((example.hasBody || example.rawBody !== undefined) && !takesBody) failures.push('body-not-taken');
      if (example.rawBody !== undefined && takesBody && !bytes) failures.push('body-not-json');
      const query = queryPairs(request.query);
      const options = query.map(([name, value]) => {
        const typed = typedQueryValue(operation, name, value);
        return [name, typed ?? value, typed !== undefined] as const;
      });
      queryTotal += options.length;
      queryTyped += options.filter(([, , typed]) => typed).length;
      args.push({ query: Object.fromEntries(options.map(([name, value]) => [name, value])), signal: AbortSignal.timeout(10_000) });

      answer =
        response?.rawBody !== undefined
          ? { status: response.status ?? 200, body: response.rawBody, type: 'text/plain' }
          : { status: response?.status ?? 200, body: response?.hasBody ? JSON.stringify(response.body) : undefined, type: 'application/json' };
      recorded = undefined;
      const outcome = await settle(fn(...args));
      const sent = recorded as Recorded | undefined;
      let detail = '';
      if (sent === undefined) failures.push('threw');
      else {
        if (sent.method !== request.method) failures.push('method');
        const sentPath = safeDecode(sent.path.slice(prefix.length));
        const wantPath = safeDecode(request.path).replace(/\/$/, '');
        // Graph compares URL segments case-insensitively; values pass through unchanged anyway.
        if (sentPath.toLowerCase() !== wantPath.toLowerCase()) {
          failures.push('path');
          detail = `sent ${sentPath} want ${wantPath}`;
        }
        if (!isDeepStrictEqual(sent.query, query)) failures.push('query');
        const sentBody = sent.body === '' ? undefined : bytes ? sent.body : parseOrText(sent.body);
        const wantBody = bytes ? example.rawBody : example.hasBody ? plain(example.body) : undefined;
        if (!failures.includes('body-not-json') && !failures.includes('body-not-taken') && !isDeepStrictEqual(sentBody, wantBody)) failures.push('body');
      }
      let returned: boolean | undefined;
      if (response !== undefined) {
        const want = response.rawBody ?? (response.hasBody ? plain(response.body) : undefined);
        const status = response.status ?? 200;
        returned = status >= 400 ? !outcome.ok && outcome.status === status : outcome.ok && isDeepStrictEqual(outcome.value, want) && promisedFits(operation, want);
        if (!returned) detail ||= `answered ${status}, got ${outcome.ok ? 'value' : `error ${outcome.status ?? '?'}`} ${JSON.stringify(outcome.value)?.slice(0, 80) ?? 'undefined'}, promised ${operation.response.status} ${operation.response.body?.kind ?? 'nothing'}`;
      }
      cases.push({ example, operation, functionName, sendFailures: [...new Set(failures)], returned, detail });
    }
  } finally {
    await server.close();
  }
  return {
    cases,
    elsewhere,
    queryPairs: queryTotal,
    typedQueryPairs: queryTyped,
    requests: cases.length,
    sent: cases.filter((c) => c.sendFailures.length === 0).length,
    responses: cases.filter((c) => c.returned !== undefined).length,
    returned: cases.filter((c) => c.returned === true).length,
  };
}

/** How the examples' queries went in. */
export function formatQueryLine(result: ReplayResult): string {
  return `replay query: ${result.typedQueryPairs}/${result.queryPairs} example query pairs passed as typed options; ${result.elsewhere} request examples to other servers (callbacks, upload URLs) not replayed`;
}

/** The one line the replay test prints. */
export function formatReplayLine(result: ReplayResult): string {
  return `replay: requests ${result.sent}/${result.requests} sent as documented, responses ${result.returned}/${result.responses} returned`;
}
