import type { PageFacts } from '../model/index.js';
import { diagnostic } from '../model/index.js';
import { parsePage } from '../parse/parse-page.js';

/** A page as read from the input dir. */
export interface InputPage {
  /** Path relative to the input dir, `/`-separated: what diagnostics print. */
  readonly file: string;
  readonly text: string;
}

/** Pages in path order: the order every stage sees them in, whatever order they were listed in. */
export function sortPages(pages: readonly InputPage[]): InputPage[] {
  return [...pages].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
}

/** Parses one page; a parser bug on one page becomes a diagnostic there, not a failed run. */
export function parsePageSafely(page: InputPage): PageFacts {
  try {
    return parsePage(page.file, page.text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return {
      file: page.file,
      frontMatter: undefined,
      title: undefined,
      namespace: undefined,
      typeDescriptions: [],
      inheritsFrom: [],
      derivedTypes: [],
      enums: [],
      operation: undefined,
      examples: [],
      diagnostics: [diagnostic('input-unreadable', { file: page.file, line: 1, column: 1 }, { reason: `md2ts could not parse it (${reason})` })],
    };
  }
}
