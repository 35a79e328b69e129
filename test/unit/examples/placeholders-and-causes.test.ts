import { describe, expect, it } from 'vitest';
import { classifyFailure, type FailureCause } from '../../../generator/examples/failure-causes.js';
import { isPlaceholderValue } from '../../../generator/examples/placeholders.js';

const TYPE_NAMES = new Set(['microsoft.graph.sharingdetail', 'sharingdetail', 'microsoft.graph.alertseverity', 'alertseverity', 'microsoft.graph.certificateauthority', 'certificateauthority']);

describe('isPlaceholderValue: what representation blocks write in place of data', () => {
  const cases: [string, unknown, boolean][] = [
    ['a type word', 'String', true],
    ['a type word with a note', 'String (timestamp)', true],
    ['a made-up token', 'datetime-value', true],
    ['an inline enum', 'incoming | outgoing', true],
    ['a model type’s name', 'sharingDetail', true],
    ['a qualified type name', 'microsoft.graph.alertSeverity', true],
    ['"@odata.type: …" (alert.md)', '@odata.type: microsoft.graph.alertSeverity', true],
    ['a collection of a type (permissiongrantpolicy.md)', 'collection(microsoft.graph.certificateAuthority)', true],
    ['a type written as an object (windowshelloforbusinessauthenticationmethod.md)', { '@odata.type': 'microsoft.graph.authenticationMethodKeyStrength' }, true],
    ['an object with data besides @odata.type', { '@odata.type': 'microsoft.graph.identity', id: '1' }, false],
    ['a real value', 'Contoso Sales', false],
    ['a name no type has', 'sharingDetails', false],
    ['a number', 42, false],
  ];
  it.each(cases)('%s', (_name, value, want) => {
    expect(isPlaceholderValue(value, TYPE_NAMES)).toBe(want);
  });
});

describe('classifyFailure: the docs’ slips, told apart from the model’s', () => {
  const ENUM = 'one of "text" | "html"';
  const cases: [string, { value: unknown; path: string; expected: string }, FailureCause][] = [
    ['a placeholder in a response', { value: 'datetime-value', path: 'sentDateTime', expected: 'DateTimeOffset (ISO 8601)' }, 'placeholder'],
    ['a member cased wrongly', { value: 'HTML', path: 'body.contentType', expected: ENUM }, 'enum-case'],
    ['an empty member', { value: '', path: 'body.contentType', expected: ENUM }, 'enum-empty'],
    ['a string no member matches', { value: 'markdown', path: 'body.contentType', expected: ENUM }, 'enum-unknown-value'],
    ['a quoted boolean', { value: 'true', path: 'isSearchable', expected: 'boolean' }, 'quoted-scalar'],
    ['a quoted number', { value: '4.2', path: 'latitude', expected: 'Double (finite number)' }, 'quoted-scalar'],
    ['a date for a date-time', { value: '1974-07-22', path: 'birthday', expected: 'DateTimeOffset (ISO 8601)' }, 'date-format'],
    ['a date-time for a date', { value: '2020-09-08T12:02:30.667Z', path: 'range.startDate', expected: 'Date (yyyy-mm-dd)' }, 'date-format'],
    ['an unrelated @odata.type', { value: '#microsoft.graph.identitySet', path: 'organizer.@odata.type', expected: 'microsoft.graph.meetingParticipantInfo or a type derived from it' }, 'odata-type-unrelated'],
    ['a number for a string', { value: 0, path: 'mentions[0].id', expected: 'string' }, 'wrong-json-type'],
    ['an object for an enum', { value: {}, path: 'userRole', expected: 'one of "Owner" | "Reader"' }, 'wrong-json-type'],
    ['a malformed base64 string', { value: 'Adfsdfsdfsdfw==', path: 'conversationIndex', expected: 'Binary (base64)' }, 'other'],
  ];
  it.each(cases)('%s', (_name, { value, path, expected }, want) => {
    expect(classifyFailure(value, path, expected, TYPE_NAMES)).toBe(want);
  });
});
