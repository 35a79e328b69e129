import type { Code } from 'mdast';
import type { Diagnostic, ExampleFacts, HttpRequestLine, SourcePlace } from '../model/index.js';
import { diagnostic, splitServiceUrl } from '../model/index.js';
import { readJsonBody } from './json-body.js';
import { placeBelow } from './place.js';

/** `Content-type: application/json`: a header line, not the start of a JSON body. */
const HEADER = /^[A-Za-z][A-Za-z0-9-]*:\s*\S/;

const METHOD = /^(GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS)\s+(\S.*)$/i;

/**
 * The request target of a `METHOD target` line. Placeholders may hold spaces
 * (`/users/{id | userPrincipalName}/messages`, 300-odd v1.0 pages) and so may queries
 * (`?$filter={property} eq '{property-value}'`, alert-list.md), so the path ends only at a
 * space outside braces before the query; a trailing `HTTP/1.1` is dropped.
 */
export function readRequestTarget(rest: string): string {
  const text = rest.trim().replace(/\s+HTTP\/\d(?:\.\d)?$/i, '');
  // Function arguments may hold spaces too (`resizedRange(deltaRows={n}, deltaColumns={n})`,
  // `search(q='Contoso Project')`): only a space outside braces, parentheses and quotes ends the path.
  let depth = 0;
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i] ?? '';
    if (char === "'") quoted = !quoted;
    else if (quoted) continue;
    else if (char === '{' || char === '(') depth++;
    else if (char === '}' || char === ')') depth = Math.max(0, depth - 1);
    else if (char === '?' && depth === 0) return text;
    else if (/\s/.test(char) && depth === 0) return text.slice(0, i);
  }
  return text;
}

/**
 * True for a block of bare `METHOD /path` lines (no host, headers or body): how pages write
 * their request paths, even outside an "HTTP request" section (chat-post-members.md writes it
 * under Permissions).
 */
export function isRequestPathBlock(code: Code): boolean {
  const lines = code.value.split(/\r?\n/).filter((line) => line.trim() !== '');
  return lines.length > 0 && lines.every((line) => METHOD.test(line.trim()) && /^\S+\s+\//.test(line.trim()));
}

/** The service-relative path and query of a request target (see splitServiceUrl). */
export function splitRequestTarget(target: string): { path: string; query: string } {
  return splitServiceUrl(target);
}

/** The `METHOD path` lines of an "HTTP request" block; a block may list several alternative paths. */
export function readHttpRequestLines(file: string, code: Code): HttpRequestLine[] {
  const lines = code.value.split(/\r?\n/);
  const requests: HttpRequestLine[] = [];
  lines.forEach((line, index) => {
    const match = METHOD.exec(line.trim());
    if (!match) return;
    const { path, query } = splitRequestTarget(readRequestTarget(match[2] ?? ''));
    requests.push({ method: (match[1] ?? '').toUpperCase(), path, query, place: placeBelow(file, code, index + 1) });
  });
  return requests;
}

export interface HttpExampleResult {
  readonly http: ExampleFacts['http'];
  readonly body: ExampleFacts['body'];
  readonly rawBody: string | undefined;
  readonly diagnostics: readonly Diagnostic[];
}

function readHeaders(lines: readonly string[]): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const line of lines) {
    const at = line.indexOf(':');
    if (at > 0) headers[line.slice(0, at).trim()] = line.slice(at + 1).trim();
  }
  return headers;
}

/**
 * An example code block: an HTTP request (`POST https://… ` + headers + body) or response
 * (`HTTP/1.1 201 Created` + headers + body), or bare JSON. The body is parsed leniently and
 * its lines mapped to page lines (the fence is the block's first line).
 */
export function readHttpExample(file: string, code: Code): HttpExampleResult {
  const lines = code.value.split(/\r?\n/);
  const first = (lines[0] ?? '').trim();
  const request = METHOD.exec(first);
  // `HTTP/1.1 201 Created`, and the odd `HTTP code: 200 OK` (workbook.md).
  const response = /^HTTP(?:\/\d(?:\.\d)?)?(?:\s+code)?:?\s+(\d{3})/i.exec(first);
  let http: ExampleFacts['http'];
  let bodyStart = 0;
  if (request || response) {
    // Headers follow the first line; some pages put a blank line before them
    // (intune-devices-manageddevice-wipe.md), so blank lines before the first header are skipped.
    let headerStart = 1;
    while (headerStart < lines.length && (lines[headerStart] ?? '').trim() === '' && HEADER.test((lines.slice(headerStart).find((l) => l.trim() !== '') ?? '').trim())) headerStart++;
    const blank = lines.findIndex((line, i) => i >= headerStart && line.trim() === '');
    const headerEnd = blank < 0 ? lines.length : blank;
    const headers = readHeaders(lines.slice(headerStart, headerEnd));
    http = request
      ? { kind: 'request', method: (request[1] ?? '').toUpperCase(), url: readRequestTarget(request[2] ?? ''), ...splitRequestTarget(readRequestTarget(request[2] ?? '')), headers }
      : { kind: 'response', status: Number(response?.[1]), headers };
    bodyStart = blank < 0 ? lines.length : blank + 1;
  }
  const bodyText = lines.slice(bodyStart).join('\n');
  if (bodyText.trim() === '') return { http, body: undefined, rawBody: undefined, diagnostics: [] };
  // A body of another media type (`Content-Type: image/jpeg` on profilephoto-update.md,
  // `text/plain` on driveitem-put-content.md) is bytes or text as written, not JSON.
  const contentType = Object.entries(http?.headers ?? {}).find(([name]) => name.toLowerCase() === 'content-type')?.[1] ?? '';
  if (contentType !== '' && !/json/i.test(contentType)) return { http, body: undefined, rawBody: bodyText.trim(), diagnostics: [] };
  // Line of the body's first line: the fence line, plus one, plus the lines before the body.
  const place: SourcePlace = placeBelow(file, code, 1 + bodyStart);
  const { body, error } = readJsonBody(bodyText, place);
  const diagnostics = error === undefined ? [] : [diagnostic('json-parse-error', place, { reason: error })];
  return { http, body, rawBody: undefined, diagnostics };
}
