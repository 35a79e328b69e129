import type { HttpRequestLine, PageFacts } from '../../model/index.js';
import { fitsTemplate, normalizePathTemplate } from '../path-template.js';

/** A request line with its path as a normalised template. */
export interface LineTemplate {
  readonly line: HttpRequestLine;
  readonly template: string;
}

/**
 * The page's request examples whose path fits none of its request lines, each with the lines of
 * its method: where the twins rules (`me`, casts) look for a documented form the example uses.
 */
export function unfittedRequestExamples(page: PageFacts, lines: readonly HttpRequestLine[]): { path: string; fitting: LineTemplate[] }[] {
  const templates = lines.map((line) => ({ line, template: normalizePathTemplate(line.path) }));
  const unfitted: { path: string; fitting: LineTemplate[] }[] = [];
  for (const example of page.examples) {
    const http = example.http;
    if (example.role !== 'request' || http?.kind !== 'request') continue;
    // Most examples fit a line: the lines of the method are listed only for those that do not.
    if (templates.some((t) => t.line.method === http.method && fitsTemplate(http.path, t.template))) continue;
    unfitted.push({ path: http.path, fitting: templates.filter((t) => t.line.method === http.method) });
  }
  return unfitted;
}

/** Adds a twin line unless the same method and path is already there. */
export function addTwin(twins: HttpRequestLine[], line: HttpRequestLine, path: string): void {
  if (!twins.some((t) => t.method === line.method && t.path === path)) twins.push({ ...line, path });
}
