import { describe, expect, it } from 'vitest';
import { decodePage, firstInvalidUtf8 } from '../../generator/cli/decode-page.js';

const bytes = (...parts: (string | number[])[]): Uint8Array => Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'utf8') : Buffer.from(p))));

describe('firstInvalidUtf8', () => {
  const table: [string, { given: Uint8Array; want: number }][] = [
    ['ASCII', { given: bytes('# title\n'), want: -1 }],
    ['two, three and four-byte sequences', { given: bytes('é € 😀'), want: -1 }],
    ['a Latin-1 byte', { given: bytes('caf', [0xe9], '!'), want: 3 }],
    ['a lone continuation byte', { given: bytes('a', [0x80]), want: 1 }],
    ['an overlong encoding of NUL', { given: bytes([0xc0, 0x80]), want: 0 }],
    ['an overlong three-byte sequence', { given: bytes([0xe0, 0x80, 0xaf]), want: 0 }],
    ['a UTF-16 surrogate', { given: bytes('ab', [0xed, 0xa0, 0x80]), want: 2 }],
    ['past U+10FFFF', { given: bytes([0xf4, 0x90, 0x80, 0x80]), want: 0 }],
    ['a sequence cut off by the end', { given: bytes('ok', [0xe2, 0x82]), want: 2 }],
  ];
  it.each(table)('%s', (_name, { given, want }) => {
    expect(firstInvalidUtf8(given)).toBe(want);
  });
});

describe('decodePage', () => {
  const table: [string, { given: Uint8Array; text: string | undefined; codes: string[]; place?: [number, number] }][] = [
    ['plain UTF-8', { given: bytes('# a\n'), text: '# a\n', codes: [] }],
    ['a byte-order mark is dropped', { given: bytes([0xef, 0xbb, 0xbf], '---\n'), text: '---\n', codes: [] }],
    ['CRLF is kept for the parser, which counts lines the same', { given: bytes('a\r\nb\r\n'), text: 'a\r\nb\r\n', codes: [] }],
    ['bad UTF-8: U+FFFD, reported at its line and column', { given: bytes('line 1\nnaïve ', [0xff], ' x'), text: 'line 1\nnaïve \uFFFD x', codes: ['input-not-utf8'], place: [2, 7] }],
    ['a NUL byte: binary, skipped', { given: bytes('GIF89a', [0]), text: undefined, codes: ['input-binary'] }],
    ['UTF-16 text: binary, skipped', { given: Buffer.from('\uFEFF# a', 'utf16le'), text: undefined, codes: ['input-binary'] }],
    ['a NUL far into a text file: text', { given: bytes('x'.repeat(9000), [0]), text: `${'x'.repeat(9000)}\u0000`, codes: [] }],
    ['empty: skipped', { given: bytes(''), text: undefined, codes: ['input-empty'] }],
    ['a byte-order mark and blank lines: empty', { given: bytes([0xef, 0xbb, 0xbf], '\n \n'), text: undefined, codes: ['input-empty'] }],
  ];
  it.each(table)('%s', (_name, { given, text, codes, place }) => {
    const result = decodePage('p.md', given);
    expect(result.page?.text).toBe(text);
    expect(result.diagnostics.map((d) => d.code)).toEqual(codes);
    if (place !== undefined) expect([result.diagnostics[0]?.place.line, result.diagnostics[0]?.place.column]).toEqual(place);
  });
});
