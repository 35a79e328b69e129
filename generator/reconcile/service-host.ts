import type { PageFacts } from '../model/index.js';

/** The host of an example's request URL, lower case: `graph.microsoft.com`; empty for a bare path (`GET /me`). */
export function hostOf(url: string): string {
  return /^https?:\/\/([^/?#]+)/i.exec(url.trim())?.[1]?.toLowerCase() ?? '';
}

/**
 * The service's host: the one most request examples address (`graph.microsoft.com` on the
 * Graph pages). A request to another host is to another server (call-answer.md's callback to
 * `bot.contoso.com`, driveitem-createuploadsession.md's upload URL), not to a documented operation.
 */
export function serviceHost(pages: readonly PageFacts[]): string | undefined {
  const counts = new Map<string, number>();
  for (const page of pages) {
    for (const example of page.examples) {
      if (example.http?.kind !== 'request') continue;
      const host = hostOf(example.http.url);
      if (host !== '') counts.set(host, (counts.get(host) ?? 0) + 1);
    }
  }
  let best: [string, number] | undefined;
  for (const entry of [...counts].sort(([a], [b]) => (a < b ? -1 : 1))) if (best === undefined || entry[1] > best[1]) best = entry;
  return best?.[0];
}
