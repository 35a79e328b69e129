import { describe, expect, it } from 'vitest';
import { ancestorChain, chooseBases } from '../../../generator/reconcile/inheritance.js';

describe('chooseBases', () => {
  const cases: [string, Record<string, string[]>, Record<string, string>][] = [
    ['one candidate', { result: ['device'] }, { result: 'device' }],
    ['the most derived of several', { message: ['entity', 'outlookitem', 'outlookitem'], outlookitem: ['entity'] }, { message: 'outlookitem', outlookitem: 'entity' }],
    ['a cycle is broken', { a: ['b'], b: ['a'] }, { a: 'b' }],
    ['itself is no base', { a: ['a'] }, {}],
  ];
  it.each(cases)('%s', (_name, given, want) => {
    expect(Object.fromEntries(chooseBases(new Map(Object.entries(given))))).toEqual(want);
  });

  it('walks the chain', () => {
    expect(ancestorChain(new Map([['c', 'b'], ['b', 'a']]), 'c')).toEqual(['b', 'a']);
  });
});
