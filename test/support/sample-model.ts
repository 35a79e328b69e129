import type { ApiModel, Meta, SourcePlace } from '../../generator/model/index.js';

/**
 * A small hand-written model shaped like what the seeds produce (plus a collection, a
 * sub-namespace type and an operation with a path parameter), for emitter unit tests that
 * must not depend on the parser.
 */
const at = (file: string, line: number): SourcePlace => ({ file, line, column: 1 });
const meta = (description: string | undefined, line = 1, file = 'sample.md'): Meta => ({ description, sources: [at(file, line)] });

export const SAMPLE_MODEL: ApiModel = {
  objects: [
    {
      kind: 'object',
      id: 'microsoft.graph.entity',
      namespace: 'microsoft.graph',
      name: 'entity',
      base: undefined,
      properties: [{ name: 'id', type: { kind: 'primitive', name: 'String' }, meta: meta('The identifier.', 2) }],
      meta: meta(undefined, 2),
    },
    {
      kind: 'object',
      id: 'microsoft.graph.importedDeviceIdentity',
      namespace: 'microsoft.graph',
      name: 'importedDeviceIdentity',
      base: 'microsoft.graph.entity',
      properties: [
        { name: 'importedDeviceIdentifier', type: { kind: 'primitive', name: 'String' }, meta: meta('Imported Device Identifier', 3) },
        { name: 'enrollmentState', type: { kind: 'enum', id: 'microsoft.graph.enrollmentState' }, meta: meta('The state of the device in Intune', 4) },
        { name: 'lastModifiedDateTime', type: { kind: 'primitive', name: 'DateTimeOffset' }, meta: meta('Last modified.', 5) },
        { name: 'tags', type: { kind: 'collection', of: { kind: 'primitive', name: 'String' } }, meta: meta('Tags, with a */ inside.', 6) },
        { name: 'size', type: { kind: 'primitive', name: 'Int64' }, meta: meta(undefined, 7) },
        { name: 'session', type: { kind: 'object', id: 'microsoft.graph.callRecords.session' }, meta: meta(undefined, 8) },
      ],
      meta: meta('An imported device identity.', 1),
    },
    {
      kind: 'object',
      id: 'microsoft.graph.importedDeviceIdentityResult',
      namespace: 'microsoft.graph',
      name: 'importedDeviceIdentityResult',
      base: 'microsoft.graph.importedDeviceIdentity',
      properties: [{ name: 'status', type: { kind: 'primitive', name: 'Boolean' }, meta: meta('Status of imported device identity', 9) }],
      meta: meta(undefined, 9),
    },
    {
      kind: 'object',
      id: 'microsoft.graph.callRecords.session',
      namespace: 'microsoft.graph.callRecords',
      name: 'session',
      base: undefined,
      properties: [
        { name: 'startDateTime', type: { kind: 'primitive', name: 'DateTimeOffset' }, meta: meta(undefined, 10) },
        { name: 'segments', type: { kind: 'collection', of: { kind: 'object', id: 'microsoft.graph.callRecords.session' } }, meta: meta(undefined, 11) },
      ],
      meta: meta('A call session.', 10),
    },
  ],
  enums: [
    {
      kind: 'enum',
      id: 'microsoft.graph.enrollmentState',
      namespace: 'microsoft.graph',
      name: 'enrollmentState',
      members: ['unknown', 'enrolled', 'pendingReset', 'failed', 'notContacted', 'blocked', 'unknownFutureValue'].map((name, i) => ({
        name,
        value: undefined,
        meta: meta(undefined, 20 + i),
      })),
      meta: meta(undefined, 20),
    },
  ],
  operations: [
    {
      kind: 'operation',
      id: 'POST /deviceManagement/importedDeviceIdentities',
      method: 'POST',
      path: '/deviceManagement/importedDeviceIdentities',
      pathParameters: [],
      requestBody: { kind: 'object', id: 'microsoft.graph.importedDeviceIdentity' },
      requiredBodyProperties: ['importedDeviceIdentifier'],
      bodyParameters: [],
      queryParameters: [],
      response: { status: 201, body: { kind: 'object', id: 'microsoft.graph.importedDeviceIdentity' } },
      permissions: [
        { scheme: 'delegated-work', scopes: ['DeviceManagementServiceConfig.ReadWrite.All'], notSupported: false },
        { scheme: 'delegated-personal', scopes: [], notSupported: true },
        { scheme: 'application', scopes: [], notSupported: true },
      ],
      title: 'Create importedDeviceIdentity',
      meta: meta('Create a new importedDeviceIdentity object.', 30),
    },
    {
      kind: 'operation',
      id: 'GET /deviceManagement/importedDeviceIdentities/{importedDeviceIdentityId}',
      method: 'GET',
      path: '/deviceManagement/importedDeviceIdentities/{importedDeviceIdentityId}',
      pathParameters: [{ name: 'importedDeviceIdentityId' }],
      requestBody: undefined,
      requiredBodyProperties: [],
      bodyParameters: [],
      queryParameters: [],
      response: { status: 200, body: { kind: 'object', id: 'microsoft.graph.importedDeviceIdentity' } },
      permissions: [],
      title: 'Get importedDeviceIdentity',
      meta: meta(undefined, 40),
    },
    {
      kind: 'operation',
      id: 'DELETE /deviceManagement/importedDeviceIdentities/{importedDeviceIdentityId}',
      method: 'DELETE',
      path: '/deviceManagement/importedDeviceIdentities/{importedDeviceIdentityId}',
      pathParameters: [{ name: 'importedDeviceIdentityId' }],
      requestBody: undefined,
      requiredBodyProperties: [],
      bodyParameters: [],
      queryParameters: [],
      response: { status: 204, body: undefined },
      permissions: [],
      title: undefined,
      meta: meta(undefined, 50),
    },
  ],
  examples: [],
  diagnostics: [],
};
