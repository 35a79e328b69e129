import { describe, expect, it } from 'vitest';
import type { TypeExpr } from '../../../generator/model/index.js';
import type { PropertyClaim } from '../../../generator/reconcile/claims.js';
import { exampleOnlyClaims } from '../../../generator/reconcile/example-properties.js';

const claim = (name: string, type: TypeExpr, line: number): PropertyClaim => ({ name, type, namespace: 'microsoft.graph', description: '', place: { file: 'workbook.md', line, column: 1 }, via: 'representation', fromRequestBody: false });
const STRING: TypeExpr = { kind: 'primitive', name: 'String' };
const INT: TypeExpr = { kind: 'primitive', name: 'Int32' };
const DOUBLE: TypeExpr = { kind: 'primitive', name: 'Double' };

describe('exampleOnlyClaims: properties only examples show', () => {
  const cases: [string, PropertyClaim[], [string, TypeExpr, number][]][] = [
    ['one kind of value: its type', [claim('value', STRING, 1), claim('value', STRING, 2)], [['value', STRING, 1]]],
    ['a string and a number: any JSON (workbook.md function results)', [claim('value', STRING, 1), claim('value', INT, 2)], [['value', { kind: 'primitive', name: 'Untyped' }, 1]]],
    ['integers and fractions: a Double', [claim('n', INT, 1), claim('n', DOUBLE, 2)], [['n', DOUBLE, 1]]],
    ['each name on its own', [claim('a', STRING, 1), claim('b', INT, 2)], [['a', STRING, 1], ['b', INT, 2]]],
  ];
  it.each(cases)('%s', (_name, given, want) => {
    expect(exampleOnlyClaims(given).map((c) => [c.name, c.type, c.place.line])).toEqual(want);
  });
});
