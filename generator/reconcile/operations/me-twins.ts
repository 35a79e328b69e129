import type { HttpRequestLine, PageFacts } from '../../model/index.js';
import { fitsTemplate, normalizePathTemplate } from '../path-template.js';

/**
 * `/me/…` is the signed-in user's `/users/{id}/…`. A page that lists only the `/users/{id}`
 * form while its examples call the `/me` form (user-assignlicense.md) documents both: the
 * `/me` twin is added, at the documented line.
 */
export function meTwins(page: PageFacts): HttpRequestLine[] {
  const lines = page.operation?.requests ?? [];
  const templates = lines.map((line) => ({ line, template: normalizePathTemplate(line.path) }));
  const twins: HttpRequestLine[] = [];
  for (const example of page.examples) {
    const http = example.http;
    if (example.role !== 'request' || http?.kind !== 'request' || !/^\/me(?=\/|$)/i.test(http.path)) continue;
    const fitting = templates.filter((t) => t.line.method === http.method);
    if (fitting.some((t) => fitsTemplate(http.path, t.template))) continue;
    const asUser = `/users/me${http.path.slice(3)}`;
    const twin = fitting.find((t) => /^\/users\/\{[^}]*\}/i.test(t.template) && fitsTemplate(asUser, t.template));
    if (twin === undefined) continue;
    const path = `/me${twin.template.replace(/^\/users\/\{[^}]*\}/i, '')}`;
    if (!twins.some((t) => t.method === twin.line.method && t.path === path)) twins.push({ ...twin.line, path });
  }
  return twins;
}
