import type { HttpRequestLine, PageFacts } from '../../model/index.js';
import { fitsTemplate } from '../path-template.js';
import { addTwin, unfittedRequestExamples } from './unfitted-examples.js';

/** The documented template with its `users/{…}` pair at segment `at` replaced by `me`, or undefined. */
function meForm(template: string, at: number): string | undefined {
  const segments = template.split('/');
  if (segments[at]?.toLowerCase() !== 'users' || !/^\{[^}]*\}$/.test(segments[at + 1] ?? '')) return undefined;
  return [...segments.slice(0, at), 'me', ...segments.slice(at + 2)].join('/');
}

/**
 * `me` is the signed-in user's `users/{id}`, wherever it stands (`/me/…`, `/education/me/…`).
 * A page that lists only the `users/{id}` form while its examples call the `me` form
 * (user-assignlicense.md, educationuser-list-assignments.md) documents both: the `me` twin is
 * added, at the documented line.
 */
export function meTwins(page: PageFacts): HttpRequestLine[] {
  const lines = page.operation?.requests ?? [];
  const twins: HttpRequestLine[] = [];
  for (const { path: examplePath, fitting } of unfittedRequestExamples(page, lines)) {
    const segments = examplePath.split('/');
    const at = segments.findIndex((segment) => segment.toLowerCase() === 'me');
    if (at < 0) continue;
    const asUser = [...segments.slice(0, at), 'users', 'me', ...segments.slice(at + 1)].join('/');
    const twin = fitting.find((t) => meForm(t.template, at) !== undefined && fitsTemplate(asUser, t.template));
    const path = twin && meForm(twin.template, at);
    if (twin === undefined || path === undefined) continue;
    addTwin(twins, twin.line, path);
  }
  return twins;
}
