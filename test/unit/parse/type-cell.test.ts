import { describe, expect, it } from 'vitest';
import type { TypeExpr } from '../../../generator/model/index.js';
import type { Cell } from '../../../generator/parse/tables.js';
import { readTypeCell, readTypeText } from '../../../generator/parse/type-cell.js';

describe('readTypeText', () => {
  const cases: [string, { text: string; link?: string }, TypeExpr][] = [
    ['an Edm name', { text: 'String' }, { kind: 'primitive', name: 'String' }],
    ['wrong case', { text: 'dateTimeOffset' }, { kind: 'primitive', name: 'DateTimeOffset' }],
    ['Edm prefix', { text: 'Edm.Int64' }, { kind: 'primitive', name: 'Int64' }],
    ['a synonym', { text: 'bool' }, { kind: 'primitive', name: 'Boolean' }],
    ['Enumeration', { text: 'Enumeration' }, { kind: 'enumeration' }],
    ['a link', { text: 'enrollmentState', link: 'enrollmentState' }, { kind: 'named', name: 'enrollmentState', via: 'link' }],
    ['a linked collection', { text: 'identitySet collection', link: 'identitySet' }, { kind: 'collection', of: { kind: 'named', name: 'identitySet', via: 'link' } }],
    ['String collection', { text: 'String collection' }, { kind: 'collection', of: { kind: 'primitive', name: 'String' } }],
    ['Collection(x)', { text: 'Collection(Edm.Guid)' }, { kind: 'collection', of: { kind: 'primitive', name: 'Guid' } }],
    ['a qualified name', { text: 'microsoft.graph.callRecords.session' }, { kind: 'named', name: 'microsoft.graph.callRecords.session', via: 'word' }],
    ['junk', { text: '** Unknown Type **' }, { kind: 'unknown', text: '** Unknown Type **' }],
  ];
  it.each(cases)('reads %s', (_name, given, want) => {
    expect(readTypeText(given.text, given.link)).toEqual(want);
  });
});

describe('readTypeCell', () => {
  const cell = (text: string, links: string[] = []): Cell => ({ text, links: links.map((l) => ({ text: l, url: `${l}.md` })), children: [], place: { file: 'x.md', line: 1, column: 1 } });
  const cases: [string, Cell, TypeExpr][] = [
    ['a reference-style link', cell('[identitySet][] collection'), { kind: 'collection', of: { kind: 'named', name: 'identitySet', via: 'link' } }],
    ['a link missing its parenthesis', cell('[invitedUserMessageInfo](invitedusermessageinfo.md'), { kind: 'named', name: 'invitedUserMessageInfo', via: 'link' }],
    ['a leading note', cell('(Optional) String'), { kind: 'primitive', name: 'String' }],
    ['a trailing note', cell('String (timestamp)'), { kind: 'primitive', name: 'String' }],
    ['a trailing word', cell('itemAnalytics resource', ['itemAnalytics']), { kind: 'named', name: 'itemAnalytics', via: 'link' }],
    ['untyped JSON', cell('Untyped JSON object'), { kind: 'primitive', name: 'Untyped' }],
    ['the Json type', cell('Json'), { kind: 'named', name: 'Json', via: 'word' }],
    [
      'linked alternatives (call.md)',
      cell('appHostedMediaConfig or serviceHostedMediaConfig', ['appHostedMediaConfig', 'serviceHostedMediaConfig']),
      { kind: 'alternatives', of: [{ kind: 'named', name: 'appHostedMediaConfig', via: 'link' }, { kind: 'named', name: 'serviceHostedMediaConfig', via: 'link' }] },
    ],
    ['primitive alternatives', cell('String or Int32'), { kind: 'alternatives', of: [{ kind: 'primitive', name: 'String' }, { kind: 'primitive', name: 'Int32' }] }],
    [
      'alternatives of collections',
      cell('a collection or b collection', ['a', 'b']),
      { kind: 'alternatives', of: [{ kind: 'collection', of: { kind: 'named', name: 'a', via: 'link' } }, { kind: 'collection', of: { kind: 'named', name: 'b', via: 'link' } }] },
    ],
    ['"or" in prose about one type', cell('String or empty'), { kind: 'unknown', text: 'String or empty' }],
    ['a sentence after the type (educationsubmission.md)', cell('educationOutcome collection. Holds grades, feedback and/or rubrics.', ['educationOutcome']), { kind: 'collection', of: { kind: 'named', name: 'educationOutcome', via: 'link' } }],
    ['a period inside a note is no sentence', cell('String (for example, A. B)'), { kind: 'primitive', name: 'String' }],
  ];
  it.each(cases)('reads %s', (_name, given, want) => {
    expect(readTypeCell(given)).toEqual(want);
  });
});
