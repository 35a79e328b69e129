import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Example } from '../../generator/model/index.js';
import { GENERATED, generateSeeds } from '../support/seeds.js';

interface Received {
  method: string | undefined;
  url: string | undefined;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

interface GeneratedClientModule {
  createClient(options: { baseUrl: string; getToken: () => string; headers?: Record<string, string> }): unknown;
  postDeviceManagementImportedDeviceIdentities(client: unknown, body: unknown): Promise<unknown>;
}

let received: Received[] = [];
let responseBody = '';
let baseUrl = '';
const server = createServer((request, response) => {
  const chunks: Buffer[] = [];
  request.on('data', (chunk: Buffer) => chunks.push(chunk));
  request.on('end', () => {
    received.push({ method: request.method, url: request.url, headers: request.headers, body: Buffer.concat(chunks).toString('utf8') });
    response.writeHead(201, { 'Content-Type': 'application/json' });
    response.end(responseBody);
  });
});

let requestExample: Example;
let responseExample: Example;
beforeAll(async () => {
  const { examples } = generateSeeds().model;
  const onSeed001 = examples.filter((e) => e.place.file === 'intune-enrollment-importeddeviceidentityresult-create.md');
  const request = onSeed001.find((e) => e.role === 'request');
  const response = onSeed001.find((e) => e.role === 'response');
  if (!request || !response) throw new Error('seed 001 lost its examples');
  [requestExample, responseExample] = [request, response];
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe("the generated request function sends seed 001's example request", () => {
  it('with its method, path, headers and JSON body, and returns the typed response', async () => {
    received = [];
    responseBody = JSON.stringify(responseExample.body);
    const generated = (await import(pathToFileURL(join(GENERATED, 'dist/index.js')).href)) as GeneratedClientModule;
    // The example posts to https://graph.microsoft.com/beta/…: the version segment is the client's base URL.
    const client = generated.createClient({ baseUrl: `${baseUrl}/beta`, getToken: () => 'token-123' });
    const result = await generated.postDeviceManagementImportedDeviceIdentities(client, requestExample.body);

    expect(received).toHaveLength(1);
    const [sent] = received;
    expect(sent?.method).toBe(requestExample.request?.method);
    expect(sent?.url).toBe(`/beta${requestExample.request?.path}`);
    expect(sent?.headers['authorization']).toBe('Bearer token-123');
    expect(sent?.headers['content-type']).toMatch(/^application\/json/);
    expect(JSON.parse(sent?.body ?? 'null')).toEqual(requestExample.body);
    expect(result).toEqual(responseExample.body);
  });
});
