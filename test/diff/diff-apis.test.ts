import { describe, expect, it } from 'vitest';
import type { Bump, ChangeKind, Impact } from '../../generator/diff/api-change.js';
import { diffOpenApiDocuments } from '../../generator/diff/diff-apis.js';
import { createUser, derived, document, enumOf, nullableString, object, ref } from './openapi-docs.js';

type Want = { changes: [ChangeKind, Impact, string][]; bump: Bump };

function diff(before: unknown, after: unknown): Want {
  const result = diffOpenApiDocuments(before, after);
  if ('error' in result) throw new Error(result.error);
  return { changes: result.changes.map((c) => [c.kind, c.impact, c.subject]), bump: result.bump };
}

const age = { type: ['integer', 'null'], format: 'int32' };
const user = object({ displayName: nullableString, age });

describe('diff: types, properties, enum members', () => {
  const table: [string, { before: unknown; after: unknown; want: Want }][] = [
    ['nothing changed', { before: document({ user }), after: document({ user }), want: { changes: [], bump: 'none' } }],
    ['x-source and union order are not changes', { before: document({ user: { ...user, 'x-source': 'a.md:1' } }), after: document({ user: object({ displayName: { type: ['null', 'string'] }, age: { type: ['null', 'integer'], format: 'int32' } }, { 'x-source': 'b.md:9' }) }), want: { changes: [], bump: 'none' } }],
    ['a type added', { before: document({ user }), after: document({ user, group: object({}) }), want: { changes: [['type-added', 'minor', 'group']], bump: 'minor' } }],
    ['a type removed', { before: document({ user, group: object({}) }), after: document({ user }), want: { changes: [['type-removed', 'breaking', 'group']], bump: 'major' } }],
    ['an optional property added', { before: document({ user }), after: document({ user: object({ ...user.properties, mail: nullableString }) }), want: { changes: [['property-added', 'minor', 'user.mail']], bump: 'minor' } }],
    ['a required property added', { before: document({ user }), after: document({ user: object({ ...user.properties, mail: nullableString }, { required: ['mail'] }) }), want: { changes: [['property-added', 'breaking', 'user.mail']], bump: 'major' } }],
    ['a property removed', { before: document({ user }), after: document({ user: object({ displayName: nullableString }) }), want: { changes: [['property-removed', 'breaking', 'user.age']], bump: 'major' } }],
    ['a property type changed', { before: document({ user }), after: document({ user: object({ ...user.properties, age: nullableString }) }), want: { changes: [['property-type-changed', 'breaking', 'user.age']], bump: 'major' } }],
    ['nullability dropped', { before: document({ user }), after: document({ user: object({ ...user.properties, displayName: { type: 'string' } }) }), want: { changes: [['property-type-changed', 'breaking', 'user.displayName']], bump: 'major' } }],
    ['a property became required', { before: document({ user }), after: document({ user: { ...user, required: ['age'] } }), want: { changes: [['property-required-changed', 'breaking', 'user.age']], bump: 'major' } }],
    ['a description changed', { before: document({ user }), after: document({ user: { ...user, description: 'A person.' } }), want: { changes: [['description-changed', 'patch', 'user']], bump: 'patch' } }],
    ['a property description changed', { before: document({ user }), after: document({ user: object({ ...user.properties, age: { ...age, description: 'Years.' } }) }), want: { changes: [['description-changed', 'patch', 'user.age']], bump: 'patch' } }],
    ['an enum member added (minor, as Graph treats it)', { before: document({ color: enumOf('red') }), after: document({ color: enumOf('red', 'blue') }), want: { changes: [['enum-member-added', 'minor', 'color']], bump: 'minor' } }],
    ['an enum member removed', { before: document({ color: enumOf('red', 'blue') }), after: document({ color: enumOf('red') }), want: { changes: [['enum-member-removed', 'breaking', 'color']], bump: 'major' } }],
    ['enum members reordered', { before: document({ color: enumOf('red', 'blue') }), after: document({ color: enumOf('blue', 'red') }), want: { changes: [], bump: 'none' } }],
    ['an enum became an object', { before: document({ color: enumOf('red') }), after: document({ color: object({}) }), want: { changes: [['type-kind-changed', 'breaking', 'color']], bump: 'major' } }],
    [
      'a property moved up to a base type is not removed',
      {
        before: document({ entity: object({ id: nullableString }), user: derived('entity', { displayName: nullableString }) }),
        after: document({ entity: object({ id: nullableString, displayName: nullableString }), user: derived('entity', {}) }),
        want: { changes: [['property-added', 'minor', 'entity.displayName']], bump: 'minor' },
      },
    ],
    [
      'a property moved down from a base removes it from the base only',
      {
        before: document({ entity: object({ id: nullableString, displayName: nullableString }), user: derived('entity', {}) }),
        after: document({ entity: object({ id: nullableString }), user: derived('entity', { displayName: nullableString }) }),
        want: { changes: [['property-removed', 'breaking', 'entity.displayName']], bump: 'major' },
      },
    ],
    [
      'a base type dropped',
      { before: document({ entity: object({}), user: derived('entity', {}) }), after: document({ entity: object({}), user: object({}) }), want: { changes: [['base-changed', 'breaking', 'user']], bump: 'major' } },
    ],
    [
      'a base type inserted between',
      {
        before: document({ entity: object({}), user: derived('entity', {}) }),
        after: document({ entity: object({}), directoryObject: derived('entity', {}), user: derived('directoryObject', {}) }),
        want: { changes: [['type-added', 'minor', 'directoryObject'], ['base-changed', 'minor', 'user']], bump: 'minor' },
      },
    ],
  ];
  it.each(table)('%s', (_name, { before, after, want }) => {
    expect(diff(before, after)).toEqual(want);
  });
});

describe('diff: operations', () => {
  const schemas = { user: object({}), group: object({}) };
  const withOp = (path: string, operation: unknown) => document(schemas, { [path]: { post: operation } });
  const table: [string, { before: unknown; after: unknown; want: Want }][] = [
    ['an operation added', { before: document(schemas), after: withOp('/users', createUser()), want: { changes: [['operation-added', 'minor', 'POST /users']], bump: 'minor' } }],
    ['an operation removed', { before: withOp('/users', createUser()), after: document(schemas), want: { changes: [['operation-removed', 'breaking', 'POST /users']], bump: 'major' } }],
    ['a renamed placeholder is the same operation', { before: withOp('/users/{id}/x', createUser()), after: withOp('/users/{userId}/x', createUser()), want: { changes: [], bump: 'none' } }],
    ['its function renamed', { before: withOp('/users', createUser()), after: withOp('/users', createUser({ operationId: 'createUser' })), want: { changes: [['operation-renamed', 'breaking', 'POST /users']], bump: 'major' } }],
    ['its request body changed', { before: withOp('/users', createUser()), after: withOp('/users', createUser({ requestBody: { content: { 'application/json': { schema: ref('group') } } } })), want: { changes: [['request-body-changed', 'breaking', 'POST /users']], bump: 'major' } }],
    ['its response status changed', { before: withOp('/users', createUser()), after: withOp('/users', createUser({ responses: { '200': { description: 'OK', content: { 'application/json': { schema: ref('user') } } } } })), want: { changes: [['response-changed', 'breaking', 'POST /users']], bump: 'major' } }],
    ['its response became a stream', { before: withOp('/users', createUser()), after: withOp('/users', createUser({ responses: { '201': { description: 'Created', content: { 'application/octet-stream': { schema: { type: 'string', format: 'binary' } } } } } })), want: { changes: [['response-changed', 'breaking', 'POST /users']], bump: 'major' } }],
    ['a path parameter added', { before: withOp('/users', createUser()), after: withOp('/users', createUser({ parameters: [{ name: 'id', in: 'path', required: true }] })), want: { changes: [['parameters-changed', 'breaking', 'POST /users']], bump: 'major' } }],
    ['its permissions changed', { before: withOp('/users', createUser()), after: withOp('/users', createUser({ security: [{ delegated: ['User.ReadWrite'] }] })), want: { changes: [['permissions-changed', 'patch', 'POST /users']], bump: 'patch' } }],
    ['its summary changed', { before: withOp('/users', createUser()), after: withOp('/users', createUser({ summary: 'Add a user' })), want: { changes: [['description-changed', 'patch', 'POST /users']], bump: 'patch' } }],
  ];
  it.each(table)('%s', (_name, { before, after, want }) => {
    expect(diff(before, after)).toEqual(want);
  });
});

describe('diff: inputs that are not OpenAPI documents', () => {
  it.each([
    ['old', null, document({})],
    ['new', document({}), { swagger: '2.0' }],
  ])('says which side (%s) is not one', (side, before, after) => {
    expect(diffOpenApiDocuments(before, after)).toEqual({ error: `${side}: not an OpenAPI document (no "openapi" version field)` });
  });
});
