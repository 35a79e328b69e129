import type { HttpRequestLine, PageFacts, QueryOptionFact, TypeExpr } from '../../model/index.js';
import { fitsTemplate, normalizePathTemplate, splitArguments } from '../path-template.js';

/** The argument names a path template passes in parentheses: `getX(period='{period}')` → `period`. */
export function pathArgumentNames(path: string): Set<string> {
  const names = new Set<string>();
  for (const call of path.matchAll(/\(([^)]*)\)/g)) {
    for (const argument of (call[1] ?? '').split(',')) {
      const at = argument.indexOf('=');
      if (at > 0) names.add(argument.slice(0, at).trim().toLowerCase());
    }
  }
  return names;
}

/**
 * A GET function's "Function parameters" rows that its path template does not pass in
 * parentheses: the service reads them from the query string (`/me/drive/root/delta?token=…`
 * on driveitem-delta.md), so they become query options.
 */
export function functionParametersOutsidePath(page: PageFacts, method: string, path: string): QueryOptionFact[] {
  if (method !== 'GET') return [];
  const inPath = pathArgumentNames(path);
  const placeholders = new Set([...path.matchAll(/\{([^}]+)\}/g)].map((m) => (m[1] ?? '').toLowerCase()));
  return (page.operation?.query.functionParameters ?? []).filter((p) => !p.name.startsWith('$') && !inPath.has(p.name.toLowerCase()) && !placeholders.has(p.name.toLowerCase()));
}

/** `a=1, b='x,y'` as `[name, value]` pairs (a value without a name has name ''). */
function callArguments(text: string): [string, string][] {
  return splitArguments(text).map((part) => {
    const at = part.indexOf('=');
    return [at < 0 ? '' : part.slice(0, at).trim(), at < 0 ? part : part.slice(at + 1).trim()];
  });
}

/** Whether OData writes a literal of this parameter type in quotes: text and enums are; numbers, flags, dates and ids are not. */
function quotedLiteral(type: TypeExpr | undefined, exampleValue: string): boolean {
  if (type?.kind === 'primitive') return type.name === 'String';
  if (type?.kind === 'named' || type?.kind === 'enumeration') return true;
  return exampleValue.startsWith("'");
}

/** A GET function's parameters as a page lists them: function/path parameter tables, or an Intune page's request body table. */
function documentedArguments(page: PageFacts): Map<string, TypeExpr | undefined> {
  const query = page.operation?.query;
  const rows = [
    ...(query?.functionParameters ?? []),
    ...(query?.pathParameters ?? []),
    ...page.typeDescriptions.filter((d) => d.role === 'request-body').flatMap((d) => d.properties),
  ];
  const found = new Map<string, TypeExpr | undefined>();
  for (const row of rows) if (!found.has(row.name.toLowerCase())) found.set(row.name.toLowerCase(), row.type);
  return found;
}

/**
 * A function whose request line leaves out its arguments while the page's examples call it
 * with them (`GET …/range/cell` on range-cell.md, whose example calls `cell(row=5,column=6)`;
 * Intune's `getEffectivePermissions(scope='…')`): when every argument the example passes is a
 * row of the page's parameter tables, the call form is documented too, and becomes a twin of
 * the line with each argument a placeholder, quoted as OData writes a literal of its type.
 */
export function functionCallTwins(page: PageFacts, lines: readonly HttpRequestLine[]): HttpRequestLine[] {
  const documented = documentedArguments(page);
  if (documented.size === 0) return [];
  const twins: HttpRequestLine[] = [];
  for (const example of page.examples) {
    const http = example.http;
    if (example.role !== 'request' || http?.kind !== 'request') continue;
    const call = /^(.*[^/])\(([^()]*)\)\/?$/.exec(http.path);
    if (!call) continue;
    const args = callArguments(call[2] ?? '');
    if (args.length === 0 || args.some(([name]) => !documented.has(name.toLowerCase()))) continue;
    for (const line of lines) {
      const template = normalizePathTemplate(line.path);
      if (line.method !== http.method || template.endsWith(')') || !fitsTemplate(call[1] ?? '', template)) continue;
      const written = args.map(([name, value]) => (quotedLiteral(documented.get(name.toLowerCase()), value) ? `${name}='{${name}}'` : `${name}={${name}}`));
      const path = `${template}(${written.join(',')})`;
      if (!twins.some((t) => t.method === line.method && t.path === path)) twins.push({ ...line, path });
    }
  }
  return twins;
}
