import SwaggerParser from '@apidevtools/swagger-parser';
import { describe, expect, it } from 'vitest';
import type { ApiModel, ObjectType, Operation, PrimitiveName, TypeRef } from '../../../generator/model/index.js';
import { assignNames } from '../../../generator/emit/naming/assign-names.js';
import { loadTemplates } from '../../../generator/emit/render/templates.js';
import { emitOpenApi } from '../../../generator/emit/openapi/emit-openapi.js';
import { enumSchema } from '../../../generator/emit/openapi/enum-schema.js';
import { descendantsByType, objectSchema } from '../../../generator/emit/openapi/object-schema.js';
import { buildOpenApiDocument } from '../../../generator/emit/openapi/openapi-document.js';
import { pathShape, placeholderNames, uniquePlaceholders, withPlaceholderNames } from '../../../generator/emit/openapi/path-template.js';
import { operationObject, pathsObject } from '../../../generator/emit/openapi/paths.js';
import { nullable, primitiveSchema, schemaForTypeRef } from '../../../generator/emit/openapi/schema-for-type-ref.js';
import { EDM_PATTERNS } from '../../../generator/emit/edm-formats.js';
import type { Schema } from '../../../generator/emit/openapi/schema.js';
import { operationSecurity } from '../../../generator/emit/openapi/security.js';
import { SAMPLE_MODEL } from '../../support/sample-model.js';

/** swagger-parser's document type, named without importing its transitive `openapi-types` (the last overload is `(baseUrl, api, options)`). */
type ParserDocument = Exclude<Parameters<typeof SwaggerParser.validate>[1], string>;

const OPTIONS = { title: 'Sample API', version: '1.0.0' };
const ref = (id: string): Schema => ({ $ref: `#/components/schemas/${id}` });
const known = new Set(['microsoft.graph.entity', 'microsoft.graph.enrollmentState']);

const extraOperation = (method: string, path: string, rest: Partial<Operation>): Operation => ({
  kind: 'operation',
  id: `${method} ${path}`,
  method,
  path,
  requiredBodyProperties: [],
  bodyParameters: [],
  queryParameters: [],
  pathParameters: [...path.matchAll(/\{([^}]+)\}/g)].map((m) => ({ name: m[1] ?? '' })),
  requestBody: undefined,
  response: { status: 200, body: undefined },
  permissions: [],
  title: undefined,
  meta: { description: undefined, sources: [{ file: 'extra.md', line: 7, column: 1 }] },
  ...rest,
});

const LIST = extraOperation('GET', '/deviceManagement/importedDeviceIdentities', {
  response: { status: 200, body: { kind: 'collection', of: { kind: 'object', id: 'microsoft.graph.importedDeviceIdentity' } } },
  permissions: [
    { scheme: 'delegated-work', scopes: ['A.Read', 'A.ReadWrite'], notSupported: false },
    { scheme: 'delegated-personal', scopes: ['A.Read'], notSupported: false },
    { scheme: 'application', scopes: ['A.Read.All'], notSupported: false },
  ],
});
const UPLOAD = extraOperation('PUT', "/users/{user-id}/photos('{photo-id}')/$value", {
  requestBody: { kind: 'primitive', name: 'Stream' },
  response: { status: 200, body: { kind: 'primitive', name: 'Stream' } },
});
const MODEL: ApiModel = { ...SAMPLE_MODEL, operations: [...SAMPLE_MODEL.operations, LIST, UPLOAD] };
const names = assignNames(MODEL);
const sample = (id: string): Operation => {
  const found = MODEL.operations.find((o) => o.id === id);
  if (!found) throw new Error(id);
  return found;
};
const object = (id: string): ObjectType => {
  const found = MODEL.objects.find((o) => o.id === id);
  if (!found) throw new Error(id);
  return found;
};

describe('primitiveSchema', () => {
  it.each<[PrimitiveName, Schema]>([
    ['String', { type: 'string' }],
    ['Boolean', { type: 'boolean' }],
    // Ranges as minimum/maximum: Ajv ignores OData's formats (uint8, int16...).
    ['Byte', { type: 'integer', format: 'uint8', minimum: 0, maximum: 255 }],
    ['SByte', { type: 'integer', format: 'int8', minimum: -128, maximum: 127 }],
    ['Int16', { type: 'integer', format: 'int16', minimum: -32768, maximum: 32767 }],
    ['Int32', { type: 'integer', format: 'int32', minimum: -2147483648, maximum: 2147483647 }],
    ['Int64', { type: ['integer', 'string'], format: 'int64', pattern: EDM_PATTERNS.int64String }],
    ['Single', { type: 'number', format: 'float' }],
    ['Double', { type: 'number', format: 'double' }],
    ['Decimal', { type: 'number', format: 'decimal' }],
    ['DateTimeOffset', { type: 'string', format: 'date-time' }],
    ['Date', { type: 'string', format: 'date' }],
    // The validators' patterns: JSON Schema's time and duration formats are narrower than OData's.
    ['TimeOfDay', { type: 'string', pattern: EDM_PATTERNS.timeOfDay }],
    ['Duration', { type: 'string', pattern: EDM_PATTERNS.duration }],
    ['Guid', { type: 'string', format: 'uuid' }],
    ['Binary', { type: 'string', contentEncoding: 'base64', pattern: EDM_PATTERNS.binary }],
    ['Stream', { type: 'string', format: 'binary' }],
    ['Untyped', {}],
  ])('%s', (name, want) => {
    expect(primitiveSchema(name)).toEqual(want);
  });
});

describe('schemaForTypeRef and nullable', () => {
  it.each<[string, TypeRef, Schema, Schema]>([
    ['a primitive', { kind: 'primitive', name: 'Date' }, { type: 'string', format: 'date' }, { type: ['string', 'null'], format: 'date' }],
    [
      'a primitive of two JSON types',
      { kind: 'primitive', name: 'Int64' },
      { type: ['integer', 'string'], format: 'int64', pattern: EDM_PATTERNS.int64String },
      { type: ['integer', 'string', 'null'], format: 'int64', pattern: EDM_PATTERNS.int64String },
    ],
    ['an object', { kind: 'object', id: 'microsoft.graph.entity' }, ref('microsoft.graph.entity'), { anyOf: [ref('microsoft.graph.entity'), { type: 'null' }] }],
    [
      'an enum',
      { kind: 'enum', id: 'microsoft.graph.enrollmentState' },
      ref('microsoft.graph.enrollmentState'),
      { anyOf: [ref('microsoft.graph.enrollmentState'), { type: 'null' }] },
    ],
    [
      'a collection',
      { kind: 'collection', of: { kind: 'object', id: 'microsoft.graph.entity' } },
      { type: 'array', items: ref('microsoft.graph.entity') },
      { type: ['array', 'null'], items: ref('microsoft.graph.entity') },
    ],
    ['a type the model lacks', { kind: 'object', id: 'microsoft.graph.nowhere' }, {}, {}],
    ['an unknown type', { kind: 'unknown', text: 'junk' }, {}, {}],
    ['Untyped', { kind: 'primitive', name: 'Untyped' }, {}, {}],
  ])('%s', (_name, given, want, wantNullable) => {
    expect(schemaForTypeRef(given, known)).toEqual(want);
    expect(nullable(schemaForTypeRef(given, known))).toEqual(wantNullable);
  });
});

describe('objectSchema', () => {
  const allKnown = new Set([...MODEL.objects, ...MODEL.enums].map((t) => t.id));
  const descendants = descendantsByType(MODEL.objects);

  it('finds derived types at any depth', () => {
    expect(Object.fromEntries(descendants)).toEqual({
      'microsoft.graph.entity': ['microsoft.graph.importedDeviceIdentity', 'microsoft.graph.importedDeviceIdentityResult'],
      'microsoft.graph.importedDeviceIdentity': ['microsoft.graph.importedDeviceIdentityResult'],
    });
  });

  it.each<[string, ObjectType, Schema]>([
    [
      'a root with derived types: @odata.type and a discriminator',
      object('microsoft.graph.entity'),
      {
        type: 'object',
        properties: { '@odata.type': { type: 'string' }, id: { type: ['string', 'null'], description: 'The identifier.' } },
        discriminator: {
          propertyName: '@odata.type',
          mapping: {
            '#microsoft.graph.importedDeviceIdentity': '#/components/schemas/microsoft.graph.importedDeviceIdentity',
            '#microsoft.graph.importedDeviceIdentityResult': '#/components/schemas/microsoft.graph.importedDeviceIdentityResult',
          },
        },
        'x-source': 'sample.md:2',
      },
    ],
    [
      'a leaf: allOf its base and its own properties',
      object('microsoft.graph.importedDeviceIdentityResult'),
      {
        allOf: [
          ref('microsoft.graph.importedDeviceIdentity'),
          { type: 'object', properties: { status: { type: ['boolean', 'null'], description: 'Status of imported device identity' } } },
        ],
        'x-source': 'sample.md:9',
      },
    ],
    [
      'a base the model lacks: a root',
      { ...object('microsoft.graph.importedDeviceIdentityResult'), base: 'microsoft.graph.nowhere' },
      {
        type: 'object',
        properties: { '@odata.type': { type: 'string' }, status: { type: ['boolean', 'null'], description: 'Status of imported device identity' } },
        'x-source': 'sample.md:9',
      },
    ],
    [
      'a type with no property, base or derived type (`Json`): any JSON value, as its validator accepts',
      { ...object('microsoft.graph.importedDeviceIdentityResult'), id: 'microsoft.graph.Json', base: undefined, properties: [] },
      { 'x-source': 'sample.md:9' },
    ],
    [
      'a Stream property: never inline JSON, so unconstrained (its validator does not check it either)',
      {
        ...object('microsoft.graph.importedDeviceIdentityResult'),
        base: undefined,
        properties: [{ name: 'content', type: { kind: 'primitive', name: 'Stream' }, meta: { description: undefined, sources: [] } }],
      },
      { type: 'object', properties: { '@odata.type': { type: 'string' }, content: { contentMediaType: 'application/octet-stream' } }, 'x-source': 'sample.md:9' },
    ],
  ])('%s', (_name, given, want) => {
    expect(objectSchema(given, allKnown, descendants.get(given.id) ?? [])).toEqual(want);
  });

  it('an enum is a string enum of member names', () => {
    const enrollment = MODEL.enums[0];
    if (!enrollment) throw new Error('sample has an enum');
    expect(enumSchema(enrollment)).toEqual({
      type: 'string',
      enum: ['unknown', 'enrolled', 'pendingReset', 'failed', 'notContacted', 'blocked', 'unknownFutureValue'],
      'x-source': 'sample.md:20',
    });
  });
});

describe('path templates', () => {
  it.each([
    ['no placeholders', '/me/messages', '/me/messages', '/me/messages'],
    ['a missing leading slash', 'me/messages', '/me/messages', '/me/messages'],
    ['distinct names', '/users/{user-id}/messages/{id}', '/users/{user-id}/messages/{id}', '/users/{}/messages/{}'],
    ['a repeated name is numbered', '/groups/{id}/threads/{id}/posts/{id}', '/groups/{id}/threads/{id2}/posts/{id3}', '/groups/{}/threads/{}/posts/{}'],
    ['an OData key literal', "/lists('{list-id}')", "/lists('{list-id}')", "/lists('{}')"],
  ])('%s', (_name, path, unique, shape) => {
    expect(uniquePlaceholders(path)).toBe(unique);
    expect(pathShape(unique)).toBe(shape);
    expect(withPlaceholderNames(unique, placeholderNames(unique))).toBe(unique);
  });

  it('gives paths that differ only in placeholder names one path item, with the names of the first', () => {
    const allKnown = new Set<string>();
    const get = extraOperation('GET', '/schools/{schoolId}', { response: { status: 200, body: { kind: 'primitive', name: 'String' } } });
    const patch = extraOperation('PATCH', '/schools/{id}', {});
    const again = extraOperation('GET', '/schools/{id}', { meta: { description: undefined, sources: [{ file: 'again.md', line: 3, column: 1 }] } });
    const model: ApiModel = { ...MODEL, operations: [get, patch, again] };
    const paths = pathsObject(model.operations, assignNames(model), allKnown);
    expect(Object.keys(paths)).toEqual(['/schools/{id}']);
    const item = paths['/schools/{id}'] as Record<string, Schema>;
    expect(Object.keys(item)).toEqual(['get', 'patch']);
    expect(item['patch']?.['parameters']).toEqual([{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }]);
    // Two pages document GET on the one path: the first by id stays, the other is named.
    expect(item['get']?.['operationId']).toBe('getSchoolsById');
    expect(item['get']?.['x-duplicate-operations']).toEqual([{ operationId: 'getSchoolsById2', 'x-source': 'extra.md:7' }]);
  });
});

describe('operationObject', () => {
  const allKnown = new Set([...MODEL.objects, ...MODEL.enums].map((t) => t.id));
  const param = (name: string): Schema => ({ name, in: 'path', required: true, schema: { type: 'string' } });
  const entityContent = { 'application/json': { schema: ref('microsoft.graph.importedDeviceIdentity') } };

  it.each<[string, Operation, Schema]>([
    [
      'POST with a JSON body, 201 and permissions',
      sample('POST /deviceManagement/importedDeviceIdentities'),
      {
        operationId: 'postDeviceManagementImportedDeviceIdentities',
        summary: 'Create importedDeviceIdentity',
        description: 'Create a new importedDeviceIdentity object.',
        // The sample create requires importedDeviceIdentifier: the body schema says so.
        requestBody: {
          required: true,
          content: { 'application/json': { schema: { allOf: [ref('microsoft.graph.importedDeviceIdentity'), { required: ['importedDeviceIdentifier'] }] } } },
        },
        responses: { '201': { description: 'Created', content: entityContent } },
        security: [{ delegated: ['DeviceManagementServiceConfig.ReadWrite.All'] }],
        'x-permissions': [
          { scheme: 'delegated-work', scopes: ['DeviceManagementServiceConfig.ReadWrite.All'], notSupported: false },
          { scheme: 'delegated-personal', scopes: [], notSupported: true },
          { scheme: 'application', scopes: [], notSupported: true },
        ],
        'x-source': 'sample.md:30',
      },
    ],
    [
      'DELETE with a path parameter and 204 without content',
      sample('DELETE /deviceManagement/importedDeviceIdentities/{importedDeviceIdentityId}'),
      {
        operationId: 'deleteDeviceManagementImportedDeviceIdentitiesById',
        parameters: [param('importedDeviceIdentityId')],
        responses: { '204': { description: 'No Content' } },
        'x-source': 'sample.md:50',
      },
    ],
    [
      'a collection result is the paged { value } wrapper',
      LIST,
      {
        operationId: 'getDeviceManagementImportedDeviceIdentities',
        responses: {
          '200': {
            description: 'OK',
            content: {
              'application/json': {
                schema: {
                  type: 'object',
                  properties: { value: { type: 'array', items: ref('microsoft.graph.importedDeviceIdentity') }, '@odata.nextLink': { type: 'string', format: 'uri' } },
                  required: ['value'],
                },
              },
            },
          },
        },
        security: [{ delegated: ['A.Read'] }, { delegated: ['A.ReadWrite'] }, { application: ['A.Read.All'] }],
        'x-permissions': LIST.permissions,
        'x-source': 'extra.md:7',
      },
    ],
    [
      'Stream bodies are octet streams; parameters keep their written names',
      UPLOAD,
      {
        operationId: 'putUsersByIdPhotosByIdValue',
        parameters: [param('user-id'), param('photo-id')],
        requestBody: { required: true, content: { 'application/octet-stream': { schema: { type: 'string', format: 'binary' } } } },
        responses: { '200': { description: 'OK', content: { 'application/octet-stream': { schema: { type: 'string', format: 'binary' } } } } },
        'x-source': 'extra.md:7',
      },
    ],
  ])('%s', (_name, given, want) => {
    expect(operationObject(given, uniquePlaceholders(given.path), names, allKnown)).toEqual(want);
  });

  it('any one scope of the table is enough: each is an alternative, deduplicated', () => {
    expect(operationSecurity(LIST)).toEqual([{ delegated: ['A.Read'] }, { delegated: ['A.ReadWrite'] }, { application: ['A.Read.All'] }]);
  });
});

/** Every `$ref` in the document, for checking that each resolves. */
function refsIn(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(refsIn);
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value).flatMap(([key, v]) => (key === '$ref' && typeof v === 'string' ? [v] : refsIn(v)));
}

describe('emitOpenApi', () => {
  const files = emitOpenApi(MODEL, names, loadTemplates(), OPTIONS);
  const text = files.get('openapi.json') ?? '';
  const document = JSON.parse(text) as { paths: Record<string, Record<string, { operationId: string; parameters?: { name: string }[] }>>; components: { schemas: Record<string, unknown> } };

  it('writes openapi.json only, ending in a newline', () => {
    expect([...files.keys()]).toEqual(['openapi.json']);
    expect(text.endsWith('}\n')).toBe(true);
  });

  it('is a valid OpenAPI 3.1 document', async () => {
    await expect(SwaggerParser.validate(structuredClone(document) as unknown as ParserDocument)).resolves.toBeDefined();
  });

  // swagger-parser checks 3.x documents against the schema only: the rules it checks for 2.0 are checked here.
  it('has unique operation ids, a parameter for every placeholder, and no dangling $ref', () => {
    const operations = Object.entries(document.paths).flatMap(([path, item]) => Object.values(item).map((operation) => ({ path, operation })));
    expect(operations.map((o) => o.operation.operationId).sort()).toEqual(MODEL.operations.map((o) => names.operations.get(o.id)?.functionName).sort());
    for (const { path, operation } of operations) {
      expect((operation.parameters ?? []).map((p) => p.name)).toEqual(placeholderNames(path));
      expect(new Set(placeholderNames(path)).size).toBe(placeholderNames(path).length);
    }
    expect(new Set(Object.keys(document.paths).map(pathShape)).size).toBe(Object.keys(document.paths).length);
    for (const target of refsIn(document)) expect(document.components.schemas).toHaveProperty([target.replace('#/components/schemas/', '')]);
  });

  it('does not depend on input order', () => {
    const reversed: ApiModel = { ...MODEL, objects: [...MODEL.objects].reverse(), enums: [...MODEL.enums].reverse(), operations: [...MODEL.operations].reverse() };
    expect(JSON.stringify(buildOpenApiDocument(reversed, assignNames(reversed), OPTIONS))).toBe(JSON.stringify(buildOpenApiDocument(MODEL, names, OPTIONS)));
  });

  it('matches the snapshot of the sample model', async () => {
    const sampleText = emitOpenApi(SAMPLE_MODEL, assignNames(SAMPLE_MODEL), loadTemplates(), OPTIONS).get('openapi.json');
    await expect(sampleText).toMatchFileSnapshot('__snapshots__/openapi/sample.json');
  });
});
