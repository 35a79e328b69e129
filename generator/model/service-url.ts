/**
 * The service-relative path of a URL as the docs write it: host and version segment
 * (`https://graph.microsoft.com/beta`, `/v1.0`) dropped, query split off. Request lines, the
 * `Location` header of a response and an object's `@odata.id` all write URLs this way.
 */
export function splitServiceUrl(target: string): { path: string; query: string } {
  let rest = target.trim().replace(/^https?:\/\/[^/]+/i, '');
  const queryAt = rest.indexOf('?');
  const query = queryAt >= 0 ? rest.slice(queryAt + 1) : '';
  if (queryAt >= 0) rest = rest.slice(0, queryAt);
  rest = rest.replace(/^\/(?:v\d+(?:\.\d+)?|beta)(?=\/|$)/i, '');
  if (!rest.startsWith('/')) rest = `/${rest}`;
  return { path: rest, query };
}
