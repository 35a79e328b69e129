import { beforeAll, describe, expect, it } from 'vitest';
import type { ApiModel, ObjectType } from '../../generator/model/index.js';
import { formatSourcePlace } from '../../generator/model/index.js';
import { generateSeeds } from '../support/seeds.js';

const SEED_000 = 'intune-enrollment-importeddeviceidentity-create.md';
const SEED_001 = 'intune-enrollment-importeddeviceidentityresult-create.md';

let model: ApiModel;
beforeAll(() => {
  model = generateSeeds().model;
});

const object = (id: string): ObjectType => {
  const found = model.objects.find((o) => o.id === id);
  if (!found) throw new Error(`no type ${id}`);
  return found;
};

describe('the seeds produce the model the first issue names', () => {
  it('ImportedDeviceIdentity extends Entity with exactly its eight properties', () => {
    const type = object('microsoft.graph.importedDeviceIdentity');
    expect(type.base).toBe('microsoft.graph.entity');
    expect(type.properties.map((p) => p.name).sort()).toEqual(
      ['importedDeviceIdentifier', 'importedDeviceIdentityType', 'lastModifiedDateTime', 'createdDateTime', 'lastContactedDateTime', 'description', 'enrollmentState', 'platform'].sort(),
    );
    const typeOf = (name: string) => type.properties.find((p) => p.name === name)?.type;
    expect(typeOf('lastModifiedDateTime')).toEqual({ kind: 'primitive', name: 'DateTimeOffset' });
    expect(typeOf('createdDateTime')).toEqual({ kind: 'primitive', name: 'DateTimeOffset' });
    expect(typeOf('lastContactedDateTime')).toEqual({ kind: 'primitive', name: 'DateTimeOffset' });
    expect(typeOf('enrollmentState')).toEqual({ kind: 'enum', id: 'microsoft.graph.enrollmentState' });
    expect(typeOf('platform')).toEqual({ kind: 'enum', id: 'microsoft.graph.platform' });
    expect(typeOf('importedDeviceIdentityType')).toEqual({ kind: 'enum', id: 'microsoft.graph.importedDeviceIdentityType' });
  });

  it('Entity carries id, and ImportedDeviceIdentityResult adds only status', () => {
    expect(object('microsoft.graph.entity').properties.map((p) => [p.name, p.type])).toEqual([['id', { kind: 'primitive', name: 'String' }]]);
    const result = object('microsoft.graph.importedDeviceIdentityResult');
    expect(result.base).toBe('microsoft.graph.importedDeviceIdentity');
    expect(result.properties.map((p) => [p.name, p.type])).toEqual([['status', { kind: 'primitive', name: 'Boolean' }]]);
  });

  it.each([
    ['microsoft.graph.importedDeviceIdentityType', ['unknown', 'imei', 'serialNumber']],
    ['microsoft.graph.platform', ['unknown', 'ios', 'android', 'windows', 'windowsMobile', 'macOS']],
    ['microsoft.graph.enrollmentState', ['unknown', 'enrolled', 'pendingReset', 'failed', 'notContacted', 'blocked']],
  ])('enum %s has the union of the members the pages list', (id, members) => {
    expect(model.enums.find((e) => e.id === id)?.members.map((m) => m.name)).toEqual(members);
  });

  it('has one create operation on the collection, taking and returning the base type', () => {
    expect(model.operations).toHaveLength(1);
    const [operation] = model.operations;
    expect(operation).toMatchObject({
      method: 'POST',
      path: '/deviceManagement/importedDeviceIdentities',
      requestBody: { kind: 'object', id: 'microsoft.graph.importedDeviceIdentity' },
      response: { status: 201, body: { kind: 'object', id: 'microsoft.graph.importedDeviceIdentity' } },
    });
    expect(operation?.permissions).toEqual([
      { scheme: 'delegated-work', scopes: ['DeviceManagementServiceConfig.ReadWrite.All'], notSupported: false },
      { scheme: 'delegated-personal', scopes: [], notSupported: true },
      { scheme: 'application', scopes: [], notSupported: true },
    ]);
    expect(operation?.meta.sources.map((s) => s.file)).toEqual([SEED_000, SEED_001]);
    // Seed 000's table lists "the properties that are required when you create"; what the
    // pages' own examples leave out (id, createdDateTime, lastModifiedDateTime) is not required.
    expect(operation?.requiredBodyProperties).toEqual(['description', 'enrollmentState', 'importedDeviceIdentifier', 'importedDeviceIdentityType', 'lastContactedDateTime', 'platform']);
  });
});

describe('the seeds quirks are reported where they are', () => {
  const at = (code: string) =>
    model.diagnostics.filter((d) => d.code === code).map((d) => `${formatSourcePlace(d.place)}${d.related.length > 0 ? ` + ${d.related.map((r) => formatSourcePlace(r.place)).join(' ')}` : ''}`);

  it.each([
    ['permission-placeholder', [`${SEED_000}:21:1`, `${SEED_000}:23:1`]],
    ['ref-path-with-object-body', [`${SEED_000}:31:1 + ${SEED_000}:71:1`]],
    ['enum-members-disagree', [`${SEED_000}:54:1 + ${SEED_001}:46:1`]],
    ['missing-front-matter', [`${SEED_001}:1:1`]],
    ['annotation-type-case', [`${SEED_000}:89:1`]],
    ['example-enum-value', [79, 82, 83, 104, 109, 110].map((line) => `${SEED_000}:${line}:1`)],
  ])('%s', (code, places) => {
    expect(at(code)).toEqual(places);
  });

  it('reports nothing else, and no errors', () => {
    expect(model.diagnostics).toHaveLength(2 + 1 + 1 + 1 + 1 + 6);
    expect(model.diagnostics.every((d) => d.severity === 'warning')).toBe(true);
  });

  it('decodes HTML entities in cells instead of reporting them', () => {
    expect(model.diagnostics.some((d) => d.message.includes('&lt;'))).toBe(false);
  });
});
