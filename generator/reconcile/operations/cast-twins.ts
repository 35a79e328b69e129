import type { HttpRequestLine, PageFacts } from '../../model/index.js';
import { pageNamespace } from '../claims.js';
import { fitsTemplate } from '../path-template.js';
import { addTwin, unfittedRequestExamples } from './unfitted-examples.js';

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
  const twins: HttpRequestLine[] = [];
  for (const { path: examplePath, fitting } of unfittedRequestExamples(page, lines)) {
    const found = cast.exec(examplePath);
    if (!found) continue;
    const base = fitting.find((t) => fitsTemplate(found[1] ?? '', t.template));
    if (base === undefined) continue;
    addTwin(twins, base.line, `${base.template}/${found[2] ?? ''}${found[3] ?? ''}`);
  }
  return twins;
}
