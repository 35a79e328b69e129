import type { Diagnostic, SourcePlace } from '../model/index.js';
import { diagnostic } from '../model/index.js';
import type { InputPage } from '../pipeline.js';

/** How far to look for a NUL byte, as git does to call a file binary. */
const BINARY_SNIFF_BYTES = 8000;

/** Length of the UTF-8 sequence a lead byte starts, 0 for a byte that cannot lead one. */
function sequenceLength(lead: number): number {
  if (lead < 0x80) return 1;
  if (lead >= 0xc2 && lead <= 0xdf) return 2;
  if (lead >= 0xe0 && lead <= 0xef) return 3;
  if (lead >= 0xf0 && lead <= 0xf4) return 4;
  return 0;
}

/** Offset of the first byte that is not well-formed UTF-8 (no overlongs, surrogates or code points past U+10FFFF), or -1. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length; ) {
    const lead = bytes[i] ?? 0;
    const length = sequenceLength(lead);
    if (length === 0) return i;
    // The second byte's range is narrower after E0, ED, F0 and F4 (Unicode 15, table 3-7).
    const second = bytes[i + 1] ?? -1;
    const [low, high] = lead === 0xe0 ? [0xa0, 0xbf] : lead === 0xed ? [0x80, 0x9f] : lead === 0xf0 ? [0x90, 0xbf] : lead === 0xf4 ? [0x80, 0x8f] : [0x80, 0xbf];
    if (length > 1 && (second < low || second > high)) return i;
    for (let k = 2; k < length; k++) if (((bytes[i + k] ?? 0) & 0xc0) !== 0x80) return i;
    i += length;
  }
  return -1;
}

/** The line and column (UTF-16 units, as mdast counts) of a byte offset whose preceding bytes are valid UTF-8. */
function placeOfOffset(file: string, bytes: Uint8Array, offset: number): SourcePlace {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    if (bytes[i] === 0x0a) {
      line++;
      lineStart = i + 1;
    }
  }
  return { file, line, column: new TextDecoder().decode(bytes.subarray(lineStart, offset)).length + 1 };
}

export interface DecodedPage {
  /** The page to parse, or `undefined` when it is skipped (binary, empty). */
  readonly page: InputPage | undefined;
  readonly diagnostics: readonly Diagnostic[];
}

/**
 * A page's bytes as text, or the reason it is not text: a NUL byte in the first 8000 bytes
 * means binary (or UTF-16), skipped; an empty page is skipped; bad UTF-8 is reported where it
 * starts and decoded with U+FFFD so the rest of the page still counts. A UTF-8 byte-order
 * mark is dropped (TextDecoder does), so it never reaches the front matter.
 */
export function decodePage(file: string, bytes: Uint8Array): DecodedPage {
  const start: SourcePlace = { file, line: 1, column: 1 };
  if (bytes.subarray(0, BINARY_SNIFF_BYTES).includes(0)) return { page: undefined, diagnostics: [diagnostic('input-binary', start, {})] };
  const text = new TextDecoder('utf-8', { fatal: false }).decode(bytes);
  if (text.trim() === '') return { page: undefined, diagnostics: [diagnostic('input-empty', start, {})] };
  const bad = firstInvalidUtf8(bytes);
  return { page: { file, text }, diagnostics: bad < 0 ? [] : [diagnostic('input-not-utf8', placeOfOffset(file, bytes, bad), {})] };
}
