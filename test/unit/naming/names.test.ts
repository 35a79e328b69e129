import { describe, expect, it } from 'vitest';
import { assignNames } from '../../../generator/emit/naming/assign-names.js';
import { safeIdentifier, toPascalCase } from '../../../generator/emit/naming/identifiers.js';
import { operationFunctionName } from '../../../generator/emit/naming/operation-name.js';
import { SAMPLE_MODEL } from '../../support/sample-model.js';

describe('identifiers', () => {
  it.each([
    ['importedDeviceIdentity', 'ImportedDeviceIdentity'],
    ['macOS', 'MacOS'],
    ['IPv6Range', 'IPv6Range'],
  ])('%s', (given, pascal) => {
    expect(toPascalCase(given)).toBe(pascal);
  });
  it.each([
    ['class', 'class_'],
    ['3d', '_3d'],
    ['a-b', 'a_b'],
  ])('safeIdentifier(%s)', (given, want) => expect(safeIdentifier(given)).toBe(want));
});

describe('operationFunctionName', () => {
  it.each([
    ['POST', '/deviceManagement/importedDeviceIdentities', 'postDeviceManagementImportedDeviceIdentities'],
    ['GET', '/users/{id}/messages', 'getUsersByIdMessages'],
    ['GET', "/drives/{drive-id}/items('{item-id}')", 'getDrivesByIdItemsById'],
    ['GET', "/reports/getEmailActivity(period='{period_value}')", 'getReportsGetEmailActivity'],
    ['DELETE', '/groups/{id}/members/{member-id}/$ref', 'deleteGroupsByIdMembersByIdRef'],
    ['GET', '/users/{id | userPrincipalName}/messages', 'getUsersByIdMessages'],
    ['GET', '/definitions/{accessReviewScheduleDefinitionId}/instances', 'getDefinitionsByIdInstances'],
    ['GET', '/me/drive/root:/{item-path}:/content', 'getMeDriveRootByItemPathContent'],
    ['GET', '/sites/{site-id}/lists/{list-title}', 'getSitesByIdListsByListTitle'],
    ['GET', '/users/{guid}/photo/$value', 'getUsersByGuidPhotoValue'],
    ['POST', '/servicePrincipals/{id}/microsoft.graph.addTokenSigningCertificate', 'postServicePrincipalsByIdAddTokenSigningCertificate'],
    ['GET', '/users/delta()', 'getUsersDelta'],
    ['GET', '/me/messages/$count', 'getMeMessagesCount'],
  ])('%s %s', (method, path, want) => expect(operationFunctionName(method, path)).toBe(want));
});

describe('assignNames', () => {
  it('prefixes sub-namespace types and keeps root types bare', () => {
    const names = assignNames(SAMPLE_MODEL);
    expect(names.rootNamespace).toBe('microsoft.graph');
    expect(names.types.get('microsoft.graph.callRecords.session')?.typeName).toBe('CallRecordsSession');
    expect(names.types.get('microsoft.graph.entity')?.typeName).toBe('Entity');
  });

  it.each([
    ['a runtime name', 'runtime', 'Runtime2'],
    ['a global type the emitted modules use (operations.ts returns Promise<…>)', 'promise', 'Promise2'],
    ['another (validators.ts takes Record<…>)', 'record', 'Record2'],
    ['a global the modules never name as a type', 'error', 'Error'],
  ])('gives a type that collides with %s a suffix where it must', (_case, name, want) => {
    const clash = { ...SAMPLE_MODEL, objects: [...SAMPLE_MODEL.objects, { ...SAMPLE_MODEL.objects[0]!, id: `microsoft.graph.${name}`, name }] };
    expect(assignNames(clash).types.get(`microsoft.graph.${name}`)?.typeName).toBe(want);
  });
});
