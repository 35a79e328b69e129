import { describe, expect, it } from 'vitest';
import type { Diagnostic, TypeExpr } from '../../../generator/model/index.js';
import type { PropertyClaim } from '../../../generator/reconcile/claims.js';
import { mergeProperties } from '../../../generator/reconcile/properties.js';
import type { TypeTable } from '../../../generator/reconcile/resolve-type.js';

const table: TypeTable = { enumIdOf: () => undefined, objectIdOf: (_key, written, namespace) => `${namespace}.${written}`, commonBaseOf: () => undefined };
const STRING: TypeExpr = { kind: 'primitive', name: 'String' };
const BOOLEAN: TypeExpr = { kind: 'primitive', name: 'Boolean' };
const LINKED: TypeExpr = { kind: 'named', name: 'identitySet', via: 'link' };
const WORD: TypeExpr = { kind: 'named', name: 'identity', via: 'word' };

const claim = (type: TypeExpr, line: number, options: Partial<PropertyClaim> = {}): PropertyClaim => ({
  name: 'p',
  type,
  namespace: 'microsoft.graph',
  description: '',
  place: { file: 'x.md', line, column: 1 },
  via: 'own-row',
  fromRequestBody: false,
  ...options,
});

const cases: [string, { claims: PropertyClaim[]; want: string }][] = [
  ['page order when nothing else differs', { claims: [claim(STRING, 1), claim(BOOLEAN, 2)], want: 'String' }],
  ['an own row beats an inherited one', { claims: [claim(STRING, 1, { via: 'inherited-row' }), claim(BOOLEAN, 2)], want: 'Boolean' }],
  ['a resource table beats a request-body table, whatever the order', { claims: [claim(STRING, 1, { fromRequestBody: true }), claim(BOOLEAN, 2)], want: 'Boolean' }],
  ['a link beats a plain word', { claims: [claim(WORD, 1), claim(LINKED, 2)], want: 'microsoft.graph.identitySet' }],
  ['a resource word beats a request-body link', { claims: [claim(LINKED, 1, { fromRequestBody: true }), claim(WORD, 2)], want: 'microsoft.graph.identity' }],
];

describe('mergeProperties: which claim types a property, and the conflict reported', () => {
  it.each(cases)('%s', (_name, { claims, want }) => {
    const diagnostics: Diagnostic[] = [];
    const [property] = mergeProperties('microsoft.graph.widget', claims, table, diagnostics);
    const type = property?.type;
    expect(type?.kind === 'primitive' ? type.name : type?.kind === 'object' ? type.id : type?.kind).toBe(want);
    expect(diagnostics.map((d) => d.code)).toEqual(['property-type-conflict']);
  });
});
