import { describe, expect, it } from 'vitest';
import { sameData } from '../../../generator/model/index.js';

const bare = (value: Record<string, unknown>): Record<string, unknown> => Object.assign(Object.create(null) as Record<string, unknown>, value);
const sameDataCases: [string, { a: unknown; b: unknown; want: boolean }][] = [
  ['an object without a prototype equals one with (the JSON reader against the cache)', { a: bare({ x: [1, { y: 'z' }] }), b: { x: [1, { y: 'z' }] }, want: true }],
  ['keys in another order differ (an example body keeps its order to the output)', { a: { x: 1, y: 2 }, b: { y: 2, x: 1 }, want: false }],
  ['a key holding undefined differs from no key', { a: { x: undefined }, b: {}, want: false }],
  ['NaN equals NaN', { a: [Number.NaN], b: [Number.NaN], want: true }],
  ['an array is no object with index keys', { a: ['x'], b: { 0: 'x' }, want: false }],
  ['null is no empty object', { a: { x: null }, b: { x: {} }, want: false }],
  ['a longer array differs', { a: [1], b: [1, 2], want: false }],
  ['0 and -0 differ (a JSON example may write either)', { a: [0], b: [-0], want: false }],
  ['two Maps are never taken as equal (no own keys to compare)', { a: { x: new Map([['k', 1]]) }, b: { x: new Map([['k', 2]]) }, want: false }],
  ['two Dates are never taken as equal', { a: [new Date(0)], b: [new Date(1)], want: false }],
];

describe('sameData: equal as plain data (a re-parsed page against last run’s, a declaration against last run’s)', () => {
  it.each(sameDataCases)('%s', (_name, { a, b, want }) => {
    expect(sameData(a, b)).toBe(want);
    expect(sameData(b, a)).toBe(want);
  });
});
