import { describe, expect, it } from 'vitest';
import type { Diagnostic, TypeExpr, TypeRef } from '../../../generator/model/index.js';
import type { TypeTable } from '../../../generator/reconcile/resolve-type.js';
import { resolveTypeExpr } from '../../../generator/reconcile/resolve-type.js';

/** mediaConfig ← appHostedMediaConfig, serviceHostedMediaConfig (call.md); identity alone. */
const BASES: Readonly<Record<string, string>> = {
  'microsoft.graph.apphostedmediaconfig': 'microsoft.graph.mediaConfig',
  'microsoft.graph.servicehostedmediaconfig': 'microsoft.graph.mediaConfig',
};
const chain = (id: string): string[] => {
  const out = [id];
  for (let at = BASES[id.toLowerCase()]; at !== undefined; at = BASES[at.toLowerCase()]) out.push(at);
  return out;
};
const table: TypeTable = {
  enumIdOf: () => undefined,
  objectIdOf: (_key, written, namespace) => `${namespace}.${written}`,
  commonBaseOf: (ids) => {
    const [first, ...rest] = ids.map(chain);
    return first?.find((id) => rest.every((c) => c.some((other) => other.toLowerCase() === id.toLowerCase())));
  },
};
const link = (name: string): TypeExpr => ({ kind: 'named', name, via: 'link' });
const alternatives = (...of: TypeExpr[]): TypeExpr => ({ kind: 'alternatives', of });

const cases: [string, { given: TypeExpr; want: TypeRef; codes: string[] }][] = [
  [
    'derived types of one base → the base (call.md mediaConfig)',
    { given: alternatives(link('appHostedMediaConfig'), link('serviceHostedMediaConfig')), want: { kind: 'object', id: 'microsoft.graph.mediaConfig' }, codes: [] },
  ],
  ['a base and its derived type → the base', { given: alternatives(link('mediaConfig'), link('appHostedMediaConfig')), want: { kind: 'object', id: 'microsoft.graph.mediaConfig' }, codes: [] }],
  [
    'collections of derived types → a collection of the base',
    {
      given: alternatives({ kind: 'collection', of: link('appHostedMediaConfig') }, { kind: 'collection', of: link('serviceHostedMediaConfig') }),
      want: { kind: 'collection', of: { kind: 'object', id: 'microsoft.graph.mediaConfig' } },
      codes: [],
    },
  ],
  ['the same primitive twice → it', { given: alternatives({ kind: 'primitive', name: 'String' }, { kind: 'primitive', name: 'String' }), want: { kind: 'primitive', name: 'String' }, codes: [] }],
  [
    'unrelated types → unknown, reported',
    { given: alternatives(link('appHostedMediaConfig'), link('identity')), want: { kind: 'unknown', text: 'microsoft.graph.appHostedMediaConfig or microsoft.graph.identity' }, codes: ['type-alternatives-unrelated'] },
  ],
  [
    'different primitives → unknown, reported',
    { given: alternatives({ kind: 'primitive', name: 'String' }, { kind: 'primitive', name: 'Int32' }), want: { kind: 'unknown', text: 'String or Int32' }, codes: ['type-alternatives-unrelated'] },
  ],
];

describe('resolveTypeExpr: a cell naming alternatives ("A or B")', () => {
  it.each(cases)('%s', (_name, { given, want, codes }) => {
    const diagnostics: Diagnostic[] = [];
    const context = { namespace: 'microsoft.graph', propertyName: 'mediaConfig', place: { file: 'call.md', line: 1, column: 1 } };
    expect(resolveTypeExpr(given, context, table, diagnostics)).toEqual(want);
    expect(diagnostics.map((d) => d.code)).toEqual(codes);
  });
});
