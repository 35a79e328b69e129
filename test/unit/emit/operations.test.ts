import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Project, ts } from 'ts-morph';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiModel, Operation, QueryParameter, TypeRef } from '../../../generator/model/index.js';
import { assignNames, type Names } from '../../../generator/emit/naming/assign-names.js';
import { loadTemplates } from '../../../generator/emit/render/templates.js';
import { emitOperations } from '../../../generator/emit/typescript/operations.js';
import { pathExpression } from '../../../generator/emit/typescript/operations/path-expression.js';
import { clientRuntimeFile, modelFile, operationFile, primitivesFile } from '../../../generator/emit/typescript/layout.js';
import { primitiveBaseType } from '../../../generator/emit/typescript/type-expression.js';
import { SAMPLE_MODEL } from '../../support/sample-model.js';

const extraOperation = (method: string, path: string, rest: Partial<Operation>): Operation => ({
  kind: 'operation',
  id: `${method} ${path}`,
  method,
  path,
  pathParameters: [...path.matchAll(/\{([^}]+)\}/g)].map((m) => ({ name: m[1] ?? '' })),
  requestBody: undefined,
  requiredBodyProperties: [],
  bodyParameters: [],
  queryParameters: [],
  response: { status: 200, body: undefined },
  permissions: [],
  title: undefined,
  meta: { description: undefined, sources: [{ file: 'extra.md', line: 1, column: 1 }] },
  ...rest,
});

function queryParameter(name: string, type: TypeRef, required: boolean, description: string | undefined): QueryParameter {
  return { name, type, required, meta: { description, sources: [{ file: 'extra.md', line: 2, column: 1 }] } };
}

/** The sample, plus a collection result (paging) and a `Stream` result behind an OData key literal. */
const MODEL: ApiModel = {
  ...SAMPLE_MODEL,
  operations: [
    ...SAMPLE_MODEL.operations,
    extraOperation('GET', '/deviceManagement/importedDeviceIdentities', {
      response: { status: 200, body: { kind: 'collection', of: { kind: 'object', id: 'microsoft.graph.importedDeviceIdentity' } } },
    }),
    extraOperation('GET', "/users/{user-id}/photos('{photo-id}')/$value", { response: { status: 200, body: { kind: 'primitive', name: 'Stream' } } }),
    extraOperation('GET', '/users/{user-id}/calendarView', {
      response: { status: 200, body: { kind: 'collection', of: { kind: 'object', id: 'microsoft.graph.importedDeviceIdentity' } } },
      queryParameters: [
        queryParameter('$select', { kind: 'collection', of: { kind: 'primitive', name: 'String' } }, false, 'Properties to return, comma-separated.'),
        queryParameter('$filter', { kind: 'primitive', name: 'String' }, false, undefined),
        queryParameter('$top', { kind: 'primitive', name: 'Int32' }, false, 'Sets the */ page size. More text.'),
        queryParameter('$count', { kind: 'primitive', name: 'Boolean' }, false, undefined),
        queryParameter('startDateTime', { kind: 'primitive', name: 'String' }, true, 'The start of the range. In ISO 8601.'),
      ],
    }),
  ],
};

const names: Names = assignNames(MODEL);
const emitted = emitOperations(MODEL, names, loadTemplates());
const functionName = (id: string): string => names.operations.get(id)?.functionName ?? 'missing';

const CREATE = 'POST /deviceManagement/importedDeviceIdentities';
const GET = 'GET /deviceManagement/importedDeviceIdentities/{importedDeviceIdentityId}';
const DELETE = 'DELETE /deviceManagement/importedDeviceIdentities/{importedDeviceIdentityId}';
const LIST = 'GET /deviceManagement/importedDeviceIdentities';
const PHOTO = "GET /users/{user-id}/photos('{photo-id}')/$value";
const VIEW = 'GET /users/{user-id}/calendarView';

/** What the model emitter writes, reduced to what request functions import: names that resolve. */
function standInModelFiles(): Map<string, string> {
  const files = new Map<string, string>();
  files.set(primitivesFile(), [...names.primitives].map(([p, alias]) => `export type ${alias} = ${primitiveBaseType(p)};\n`).join(''));
  const models = [...names.types].map(([id, typeNames]) =>
    MODEL.objects.some((o) => o.id === id)
      ? `export interface ${typeNames.typeName} { readonly [key: string]: unknown }\nexport type ${typeNames.anyName} = ${typeNames.typeName};\n`
      : `export type ${typeNames.typeName} = string;\n`,
  );
  files.set(modelFile(), models.join(''));
  return files;
}

/** Uses the emitted API the way a consumer would: the checker must accept this and reject the `@ts-expect-error` lines. */
const USAGE = `
import { createClient, pageThrough, type FetchLike } from './client/runtime.js';
import {
  ${functionName(GET)} as getOne,
  ${functionName(CREATE)} as create,
  ${functionName(DELETE)} as remove,
  ${functionName(LIST)} as list,
  ${functionName(PHOTO)} as photo,
  ${functionName(VIEW)} as view,
} from './operations.js';
import type { AnyImportedDeviceIdentity } from './models.js';

const platformFetch: FetchLike = fetch;
const client = createClient({ fetch: platformFetch, getToken: async () => 'token', retry: { maxRetries: 1 } });

export async function usage(): Promise<void> {
  const one: AnyImportedDeviceIdentity = await getOne(client, { importedDeviceIdentityId: 'x' }, { query: { $select: ['id'] } });
  // The sample create requires importedDeviceIdentifier: a fetched value must be completed first.
  const created: AnyImportedDeviceIdentity = await create(client, { ...one, importedDeviceIdentifier: 'id-1' });
  // @ts-expect-error importedDeviceIdentifier is required on create
  await create(client, { description: 'no identifier' });
  const nothing: void = await remove(client, { importedDeviceIdentityId: 'x' });
  const bytes: ArrayBuffer = await photo(client, { userId: 'u', photoId: 'p' });
  for await (const item of pageThrough(client, list(client))) {
    const typed: AnyImportedDeviceIdentity = item;
    void typed;
  }
  // @ts-expect-error path parameter keys are camelCased
  await photo(client, { 'user-id': 'u', photoId: 'p' });
  // @ts-expect-error a body is required
  await create(client);
  // Typed query options: lists, numbers and flags; undocumented ones still go through.
  await view(client, { userId: 'u' }, { query: { startDateTime: 's', $select: ['id', 'subject'], $top: 5, $count: true, custom: 'x' } });
  await view(client, { userId: 'u' }, { query: { startDateTime: 's', $select: 'id,subject' } });
  // @ts-expect-error startDateTime is required
  await view(client, { userId: 'u' }, { query: { $top: 5 } });
  // @ts-expect-error options are required when a query option is
  await view(client, { userId: 'u' });
  // @ts-expect-error $top is a number
  await view(client, { userId: 'u' }, { query: { startDateTime: 's', $top: '5' } });
  // @ts-expect-error $count is a flag
  await view(client, { userId: 'u' }, { query: { startDateTime: 's', $count: 'true' } });
  void [created, nothing, bytes];
}
`;

const COMPILER_OPTIONS: ts.CompilerOptions = {
  strict: true,
  noUncheckedIndexedAccess: true,
  exactOptionalPropertyTypes: true,
  noImplicitOverride: true,
  isolatedModules: true,
  verbatimModuleSyntax: true,
  isolatedDeclarations: true,
  declaration: true,
  module: ts.ModuleKind.NodeNext,
  moduleResolution: ts.ModuleResolutionKind.NodeNext,
  target: ts.ScriptTarget.ES2022,
  // The DOM lib has `fetch` and `AbortSignal` the way browsers and Node both provide them.
  lib: ['lib.es2022.d.ts', 'lib.dom.d.ts'],
};

describe('pathExpression', () => {
  it.each([
    ['no parameters', '/me/messages', '"/me/messages"', []],
    ['one parameter', '/users/{id}', '`/users/${enc(params.id, false)}`', ['id']],
    ['kebab-case name', '/users/{user-id}/messages', '`/users/${enc(params.userId, false)}/messages`', ['userId']],
    ['OData key literal', "/lists('{list-id}')", "`/lists('${enc(params.listId, true)}')`", ['listId']],
    ['same name twice: two ids', '/a/{id}/b/{id}', '`/a/${enc(params.id, false)}/b/${enc(params.id2, false)}`', ['id', 'id2']],
    ['names that camelCase alike', '/a/{Id}/b/{id}', '`/a/${enc(params.id, false)}/b/${enc(params.id2, false)}`', ['id', 'id2']],
    ['reserved word', '/a/{default}', '`/a/${enc(params.default_, false)}`', ['default_']],
    ['backtick in literal text', '/a`b/{x}', '`/a\\`b/${enc(params.x, false)}`', ['x']],
  ])('%s', (_name, path, expression, keys) => {
    const got = pathExpression(path, 'enc');
    expect(got.expression).toBe(expression);
    expect(got.parameters.map((p) => p.key)).toEqual(keys);
  });
});

describe('emitOperations: output', () => {
  it('lists the runtime and every request function as exports', () => {
    const values = emitted.exports.filter((e) => !e.typeOnly).map((e) => e.name);
    expect(values).toEqual(expect.arrayContaining(['createClient', 'GraphRequestError', 'pageThrough', ...MODEL.operations.map((o) => functionName(o.id))]));
    expect(emitted.exports.map((e) => e.name)).not.toContain('encodePathParameter');
    expect(emitted.exports.find((e) => e.name === 'GraphClient')?.typeOnly).toBe(true);
  });

  it('type-checks strictly, with isolated declarations, as a consumer uses it', () => {
    const project = new Project({ useInMemoryFileSystem: true, compilerOptions: COMPILER_OPTIONS });
    project.getFileSystem().writeFileSync('/pkg/package.json', '{ "type": "module" }');
    for (const [file, text] of [...emitted.files, ...standInModelFiles(), ['src/usage.ts', USAGE] as const]) {
      project.createSourceFile(`/pkg/${file}`, text);
    }
    const diagnostics = project.getPreEmitDiagnostics().map((d) => `${d.getSourceFile()?.getFilePath()}: ${ts.flattenDiagnosticMessageText(d.getMessageText() as string | ts.DiagnosticMessageChain, '\n')}`);
    expect(diagnostics).toEqual([]);
  });

  it.each([...emitted.files.keys()])('%s has declarations without a checker (transpileDeclaration)', (file) => {
    const text = emitted.files.get(file) ?? '';
    const result = ts.transpileDeclaration(text, { fileName: file, compilerOptions: COMPILER_OPTIONS, reportDiagnostics: true });
    expect(result.diagnostics?.map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'))).toEqual([]);
  });

  it('matches the snapshots', async () => {
    await expect(emitted.files.get(clientRuntimeFile())).toMatchFileSnapshot('__snapshots__/operations/runtime.ts.snap');
    // Every request function shares one module: get-by-id, create (a required body), calendarView (query options)…
    await expect(emitted.files.get(operationFile())).toMatchFileSnapshot('__snapshots__/operations/operations.ts.snap');
  });
});

// --- Running the emitted code against a local server -------------------------------------

interface Recorded {
  readonly method: string;
  readonly url: string;
  readonly headers: IncomingHttpHeaders;
  readonly body: string;
}

interface Reply {
  readonly status: number;
  readonly headers?: Record<string, string>;
  readonly body?: string | Buffer | object;
  readonly delayMs?: number;
}

type RequestFunction = (...args: unknown[]) => Promise<unknown>;
interface Client {
  readonly baseUrl: string;
}
interface Runtime {
  createClient(options: object): Client;
  pageThrough(client: Client, first: Promise<unknown>): AsyncIterable<unknown>;
  GraphRequestError: new (...args: never[]) => Error;
}

let server: Server;
let baseUrl: string;
let outDir: string;
let runtime: Runtime;
const operations = new Map<string, RequestFunction>();
let replies: Reply[] = [];
let requests: Recorded[] = [];

function serve(reply: Reply, res: import('node:http').ServerResponse): void {
  const body = reply.body === undefined ? '' : typeof reply.body === 'string' || Buffer.isBuffer(reply.body) ? reply.body : JSON.stringify(reply.body);
  const type = typeof reply.body === 'object' && !Buffer.isBuffer(reply.body) ? { 'content-type': 'application/json; charset=utf-8' } : {};
  res.writeHead(reply.status, { ...type, ...reply.headers });
  res.end(body);
}

beforeAll(async () => {
  outDir = mkdtempSync(join(tmpdir(), 'md2ts-operations-'));
  writeFileSync(join(outDir, 'package.json'), '{ "type": "module" }');
  for (const [file, text] of [...emitted.files, ...standInModelFiles()]) {
    const target = join(outDir, file);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, text);
    const js = ts.transpileModule(text, { compilerOptions: { ...COMPILER_OPTIONS, module: ts.ModuleKind.ESNext, declaration: false, isolatedDeclarations: false } });
    writeFileSync(target.replace(/\.ts$/, '.js'), js.outputText);
  }
  runtime = (await import(pathToFileURL(join(outDir, clientRuntimeFile().replace(/\.ts$/, '.js'))).href)) as Runtime;
  const module = (await import(pathToFileURL(join(outDir, operationFile().replace(/\.ts$/, '.js'))).href)) as Record<string, RequestFunction>;
  for (const operation of MODEL.operations) {
    const fn = module[functionName(operation.id)];
    if (fn) operations.set(operation.id, fn);
  }

  server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      requests.push({ method: req.method ?? '', url: req.url ?? '', headers: req.headers, body: Buffer.concat(chunks).toString('utf8') });
      const reply = replies.shift() ?? { status: 500, body: 'no reply scripted' };
      if (reply.delayMs === undefined) return serve(reply, res);
      const timer = setTimeout(() => serve(reply, res), reply.delayMs);
      res.on('close', () => clearTimeout(timer));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1.0`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
  rmSync(outDir, { recursive: true, force: true });
});

function call(id: string, ...args: unknown[]): Promise<unknown> {
  const fn = operations.get(id);
  if (!fn) throw new Error(`no function for ${id}`);
  return fn(...args);
}

/** A client on the test server whose sleeps are recorded, not waited. */
function testClient(sleeps: number[], options: object = {}): Client {
  return runtime.createClient({
    baseUrl,
    getToken: async () => 'token-1',
    headers: { 'X-Client': 'md2ts-test' },
    retry: { maxRetries: 2, sleep: async (ms: number) => void sleeps.push(ms) },
    ...options,
  });
}

function script(...next: Reply[]): void {
  replies = [...next];
  requests = [];
}

const entity = { id: '1', importedDeviceIdentifier: 'abc', enrollmentState: 'enrolled' };

describe('emitOperations: request functions against a server', () => {
  interface Case {
    readonly replies: readonly Reply[];
    readonly call: (client: Client) => Promise<unknown>;
    readonly result: unknown;
    readonly requests: readonly { method: string; url: string; headers?: Record<string, string>; body?: unknown }[];
    readonly sleeps?: readonly number[];
  }
  const cases: [string, Case][] = [
    [
      'POST sends the JSON body with token, content type and both headers',
      {
        replies: [{ status: 201, body: entity }],
        call: (client) => call(CREATE, client, entity, { headers: { 'X-Request': 'yes' } }),
        result: entity,
        requests: [
          {
            method: 'POST',
            url: '/v1.0/deviceManagement/importedDeviceIdentities',
            headers: { authorization: 'Bearer token-1', 'content-type': 'application/json', accept: 'application/json', 'x-client': 'md2ts-test', 'x-request': 'yes' },
            body: entity,
          },
        ],
      },
    ],
    [
      'GET encodes a path parameter holding a slash and a space',
      {
        replies: [{ status: 200, body: entity }],
        call: (client) => call(GET, client, { importedDeviceIdentityId: 'a/b c' }),
        result: entity,
        requests: [{ method: 'GET', url: '/v1.0/deviceManagement/importedDeviceIdentities/a%2Fb%20c', headers: { authorization: 'Bearer token-1' } }],
      },
    ],
    [
      'query options are appended, $ kept readable, undefined left out',
      {
        replies: [{ status: 200, body: entity }],
        call: (client) => call(GET, client, { importedDeviceIdentityId: 'x' }, { query: { $select: ['id', 'tags'], $top: 5, skip: undefined } }),
        result: entity,
        requests: [{ method: 'GET', url: '/v1.0/deviceManagement/importedDeviceIdentities/x?$select=id,tags&$top=5' }],
      },
    ],
    [
      'typed query options serialise as OData writes them: lists with commas, numbers, flags; & = + encoded (fetch escapes the quote)',
      {
        replies: [{ status: 200, body: { value: [] } }],
        call: (client) =>
          call(VIEW, client, { userId: 'u' }, { query: { $select: ['id', 'subject'], $top: 5, $count: true, $filter: "start/dateTime ge '2020-01-01' and a&b=c+d", startDateTime: '2020-01-01T00:00:00Z' } }),
        result: { value: [] },
        requests: [
          {
            method: 'GET',
            url: '/v1.0/users/u/calendarView?$select=id,subject&$top=5&$count=true&$filter=start/dateTime%20ge%20%272020-01-01%27%20and%20a%26b%3Dc%2Bd&startDateTime=2020-01-01T00:00:00Z',
          },
        ],
      },
    ],
    [
      'DELETE answered 204 gives undefined',
      {
        replies: [{ status: 204 }],
        call: (client) => call(DELETE, client, { importedDeviceIdentityId: 'x' }),
        result: undefined,
        requests: [{ method: 'DELETE', url: '/v1.0/deviceManagement/importedDeviceIdentities/x' }],
      },
    ],
    [
      'a Stream result comes back as bytes; an OData key literal doubles its quotes',
      {
        replies: [{ status: 200, headers: { 'content-type': 'image/jpeg' }, body: Buffer.from([1, 2, 255]) }],
        call: async (client) => [...new Uint8Array((await call(PHOTO, client, { userId: 'u 1', photoId: "it's" })) as ArrayBuffer)],
        result: [1, 2, 255],
        requests: [{ method: 'GET', url: "/v1.0/users/u%201/photos('it''s')/$value", headers: { accept: '*/*' } }],
      },
    ],
    [
      '429 with Retry-After in seconds is retried after that wait',
      {
        replies: [{ status: 429, headers: { 'retry-after': '2' } }, { status: 200, body: entity }],
        call: (client) => call(GET, client, { importedDeviceIdentityId: 'x' }),
        result: entity,
        requests: [
          { method: 'GET', url: '/v1.0/deviceManagement/importedDeviceIdentities/x' },
          { method: 'GET', url: '/v1.0/deviceManagement/importedDeviceIdentities/x', headers: { authorization: 'Bearer token-1' } },
        ],
        sleeps: [2000],
      },
    ],
    [
      '503 without Retry-After backs off exponentially; a huge Retry-After is capped',
      {
        replies: [{ status: 503 }, { status: 429, headers: { 'retry-after': '86400' } }, { status: 204 }],
        call: (client) => call(DELETE, client, { importedDeviceIdentityId: 'x' }),
        result: undefined,
        requests: [
          { method: 'DELETE', url: '/v1.0/deviceManagement/importedDeviceIdentities/x' },
          { method: 'DELETE', url: '/v1.0/deviceManagement/importedDeviceIdentities/x' },
          { method: 'DELETE', url: '/v1.0/deviceManagement/importedDeviceIdentities/x' },
        ],
        sleeps: [1000, 60_000],
      },
    ],
  ];

  it.each(cases)('%s', async (_name, c) => {
    script(...c.replies);
    const sleeps: number[] = [];
    await expect(c.call(testClient(sleeps))).resolves.toEqual(c.result);
    expect(requests).toHaveLength(c.requests.length);
    c.requests.forEach((want, i) => {
      const got = requests[i];
      expect(got?.method).toBe(want.method);
      expect(got?.url).toBe(want.url);
      if (want.headers) expect(got?.headers).toMatchObject(want.headers);
      if (want.body !== undefined) expect(JSON.parse(got?.body ?? '')).toEqual(want.body);
    });
    if (!c.requests.some((r) => r.body !== undefined)) expect(requests[0]?.headers['content-type']).toBeUndefined();
    expect(sleeps).toEqual(c.sleeps ?? []);
  });

  it('waits until a Retry-After HTTP date', async () => {
    script({ status: 429, headers: { 'retry-after': new Date(Date.now() + 5000).toUTCString() } }, { status: 200, body: entity });
    const sleeps: number[] = [];
    await expect(call(GET, testClient(sleeps), { importedDeviceIdentityId: 'x' })).resolves.toEqual(entity);
    expect(sleeps).toHaveLength(1);
    expect(sleeps[0]).toBeGreaterThan(3000);
    expect(sleeps[0]).toBeLessThanOrEqual(5000);
  });

  it.each([
    [
      'the error body',
      { status: 404, body: { error: { code: 'Request_ResourceNotFound', message: 'Resource not found.', innerError: { 'request-id': 'req-1' } } } },
      { status: 404, code: 'Request_ResourceNotFound', message: 'Resource not found.', requestId: 'req-1' },
    ],
    [
      'the request-id header when the body has none',
      { status: 403, headers: { 'request-id': 'req-2' }, body: { error: { code: 'Authorization_RequestDenied', message: 'Denied.' } } },
      { status: 403, code: 'Authorization_RequestDenied', message: 'Denied.', requestId: 'req-2' },
    ],
    ['a body that is not JSON', { status: 500, body: 'boom' }, { status: 500, code: undefined, message: 'HTTP 500: boom', requestId: undefined }],
    [
      'throttling that outlasts the retries',
      { status: 429, body: { error: { code: 'TooManyRequests', message: 'Slow down.' } } },
      { status: 429, code: 'TooManyRequests', message: 'Slow down.', requestId: undefined },
    ],
  ] as const)('an error status throws GraphRequestError from %s', async (_name, reply, want) => {
    script(reply, reply, reply);
    const error = await call(GET, testClient([]), { importedDeviceIdentityId: 'x' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(runtime.GraphRequestError);
    expect(error).toMatchObject({ name: 'GraphRequestError', ...want });
  });

  it.each([
    ['while the server is slow', { status: 200, body: entity, delayMs: 5000 }],
    ['while waiting to retry (the default sleep)', { status: 429, headers: { 'retry-after': '30' } }],
  ])('aborts %s', async (_name, reply) => {
    script(reply);
    const controller = new AbortController();
    const client = runtime.createClient({ baseUrl });
    const pending = call(GET, client, { importedDeviceIdentityId: 'x' }, { signal: controller.signal });
    setTimeout(() => controller.abort(), 50);
    const started = Date.now();
    await expect(pending).rejects.toMatchObject({ name: 'AbortError' });
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('pages through a collection by @odata.nextLink', async () => {
    script(
      { status: 200, body: { value: [{ id: 'a' }, { id: 'b' }], '@odata.nextLink': `${baseUrl}/deviceManagement/importedDeviceIdentities?$skiptoken=p2` } },
      { status: 200, body: { value: [{ id: 'c' }] } },
    );
    const client = testClient([]);
    const items: unknown[] = [];
    for await (const item of runtime.pageThrough(client, call(LIST, client, { query: { $top: 2 } }))) items.push(item);
    expect(items).toEqual([{ id: 'a' }, { id: 'b' }, { id: 'c' }]);
    expect(requests.map((r) => r.url)).toEqual(['/v1.0/deviceManagement/importedDeviceIdentities?$top=2', '/v1.0/deviceManagement/importedDeviceIdentities?$skiptoken=p2']);
    expect(requests[1]?.headers.authorization).toBe('Bearer token-1');
  });
});
