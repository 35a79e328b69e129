import type { Diagnostic } from '../model/index.js';
import type { InputPage } from '../pipeline.js';
import type { InputPages } from './read-input.js';
import { readInputPages, readPage } from './read-input.js';

/** A change chokidar reported, as a path relative to the input dir (`/`-separated). */
export interface InputChange {
  /** chokidar's event name: `change` and `unlink` are handled page by page, any other reads everything again. */
  readonly event: string;
  readonly file: string;
}

/** The input of a watch session: read whole once, then kept current page by page. */
export interface WatchedInput {
  /** The pages and reading diagnostics after `changes` (all of it read again when `changes` is undefined). */
  read(changes?: readonly InputChange[]): Promise<Pick<InputPages, 'pages' | 'diagnostics'>>;
}

/**
 * Keeps the input of `md2ts generate --watch` without reading thousands of pages on every
 * save: an edited page is read again alone and a deleted one dropped, exactly as the whole
 * read (`readInputPages`) would have them. Anything else (a new file, which may be a link; a
 * folder added or removed) reads the whole input again, so those rules stay in one place.
 */
export function watchedInput(inputDir: string): WatchedInput {
  let pages = new Map<string, InputPage>();
  let diagnostics: Diagnostic[] = [];
  const readAll = async (): Promise<void> => {
    const read = await readInputPages(inputDir);
    pages = new Map(read.pages.map((page) => [page.file, page]));
    diagnostics = [...read.diagnostics];
  };
  const forget = (file: string): void => {
    pages.delete(file);
    diagnostics = diagnostics.filter((d) => d.place.file !== file);
  };
  return {
    async read(changes) {
      const simple = changes !== undefined && pages.size > 0 && changes.every((c) => (c.event === 'change' || c.event === 'unlink') && c.file.endsWith('.md') && !c.file.split('/').some((s) => s.startsWith('.')));
      if (!simple) {
        await readAll();
      } else {
        for (const change of changes) {
          forget(change.file);
          if (change.event === 'unlink') continue;
          const read = await readPage(inputDir, change.file);
          if (read.page) pages.set(change.file, read.page);
          diagnostics.push(...read.diagnostics);
        }
      }
      return { pages: [...pages.values()], diagnostics: [...diagnostics] };
    },
  };
}
