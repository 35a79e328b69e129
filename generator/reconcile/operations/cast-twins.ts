import type { HttpRequestLine, PageFacts } from '../../model/index.js';
import { pageNamespace } from '../claims.js';
import { fitsTemplate, normalizePathTemplate } from '../path-template.js';

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * A collection narrowed to one derived type by an OData cast segment, as the page's own
 * examples call it (group-list-transitivemembers.md: `GET /groups/{id}/transitiveMembers`
 * documented, `…/transitiveMembers/microsoft.graph.user?$count=true` shown): the cast form is
 * a twin of the line, the cast written out (`…/microsoft.graph.user`, `/$count` kept). Only a
 * segment in the page's namespace is a cast; other dotted segments (`contoso.com`) are values.
 */
export function castTwins(page: PageFacts, lines: readonly HttpRequestLine[]): HttpRequestLine[] {
  const cast = new RegExp(`^(.*)/(${escapeRegExp(pageNamespace(page))}\\.[A-Za-z_]\\w*)(/\\$count)?/?$`, 'i');
  const templates = lines.map((line) => ({ line, template: normalizePathTemplate(line.path) }));
  const twins: HttpRequestLine[] = [];
  for (const example of page.examples) {
    const http = example.http;
    if (example.role !== 'request' || http?.kind !== 'request') continue;
    const fitting = templates.filter((t) => t.line.method === http.method);
    if (fitting.some((t) => fitsTemplate(http.path, t.template))) continue;
    const found = cast.exec(http.path);
    if (!found) continue;
    const base = fitting.find((t) => fitsTemplate(found[1] ?? '', t.template));
    if (base === undefined) continue;
    const path = `${base.template}/${found[2] ?? ''}${found[3] ?? ''}`;
    if (!twins.some((t) => t.method === base.line.method && t.path === path)) twins.push({ ...base.line, path });
  }
  return twins;
}
