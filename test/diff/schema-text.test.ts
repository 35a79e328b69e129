import { describe, expect, it } from 'vitest';
import { schemaText } from '../../generator/diff/schema-text.js';

describe('schemaText: one canonical text per type', () => {
  const table: [string, { given: unknown; want: string }][] = [
    ['the empty schema', { given: {}, want: 'unknown' }],
    ['a description alone', { given: { description: 'x', 'x-source': 'a.md:1' }, want: 'unknown' }],
    ['a nullable string', { given: { type: ['string', 'null'] }, want: 'string | null' }],
    ['null first is the same type', { given: { type: ['null', 'string'] }, want: 'string | null' }],
    ['a format', { given: { type: ['string', 'null'], format: 'date-time' }, want: 'string(date-time) | null' }],
    ['base64', { given: { type: 'string', contentEncoding: 'base64' }, want: 'string(base64)' }],
    ['a reference', { given: { $ref: '#/components/schemas/microsoft.graph.user' }, want: 'microsoft.graph.user' }],
    ['a nullable reference', { given: { anyOf: [{ $ref: '#/components/schemas/a.b' }, { type: 'null' }] }, want: 'a.b | null' }],
    ['a collection of a union', { given: { type: 'array', items: { anyOf: [{ type: 'string' }, { type: 'integer' }] } }, want: '(integer | string)[]' }],
    [
      'the collection response wrapper',
      { given: { type: 'object', properties: { value: { type: 'array', items: { $ref: '#/components/schemas/x' } }, '@odata.nextLink': { type: 'string', format: 'uri' } }, required: ['value'] }, want: '{ @odata.nextLink?: string(uri); value: x[] }' },
    ],
    ['an inline enum', { given: { type: 'string', enum: ['b', 'a'] }, want: '"a" | "b"' }],
    ['allOf', { given: { allOf: [{ $ref: '#/components/schemas/a' }, { type: 'object' }] }, want: 'a & object' }],
    ['a foreign reference', { given: { $ref: 'other.json#/x' }, want: 'ref(other.json#/x)' }],
    ['not an object', { given: 'string', want: 'unknown' }],
  ];
  it.each(table)('%s', (_name, { given, want }) => {
    expect(schemaText(given)).toBe(want);
  });
});
