import type { Code } from 'mdast';
import type { Diagnostic, ExampleFacts, HttpRequestLine, SourcePlace } from '../model/index.js';
import { diagnostic } from '../model/index.js';
import { readJsonBody } from './json-body.js';
import { placeBelow } from './place.js';

const METHOD = /^(GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS)\s+(\S+)/i;

/**
 * The service-relative path of a URL as the docs write it: host and version segment
 * (`https://graph.microsoft.com/beta`, `/v1.0`) dropped, query split off.
 */
export function splitRequestTarget(target: string): { path: string; query: string } {
  let rest = target.replace(/^https?:\/\/[^/]+/i, '');
  const queryAt = rest.indexOf('?');
  const query = queryAt >= 0 ? rest.slice(queryAt + 1) : '';
  if (queryAt >= 0) rest = rest.slice(0, queryAt);
  rest = rest.replace(/^\/(?:v\d+(?:\.\d+)?|beta)(?=\/|$)/i, '');
  if (!rest.startsWith('/')) rest = `/${rest}`;
  return { path: rest, query };
}

/** The `METHOD path` lines of an "HTTP request" block; a block may list several alternative paths. */
export function readHttpRequestLines(file: string, code: Code): HttpRequestLine[] {
  const lines = code.value.split(/\r?\n/);
  const requests: HttpRequestLine[] = [];
  lines.forEach((line, index) => {
    const match = METHOD.exec(line.trim());
    if (!match) return;
    const { path, query } = splitRequestTarget(match[2] ?? '');
    requests.push({ method: (match[1] ?? '').toUpperCase(), path, query, place: placeBelow(file, code, index + 1) });
  });
  return requests;
}

export interface HttpExampleResult {
  readonly http: ExampleFacts['http'];
  readonly body: ExampleFacts['body'];
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
    const blank = lines.findIndex((line, i) => i > 0 && line.trim() === '');
    const headerEnd = blank < 0 ? lines.length : blank;
    const headers = readHeaders(lines.slice(1, headerEnd));
    http = request
      ? { kind: 'request', method: (request[1] ?? '').toUpperCase(), url: request[2] ?? '', ...splitRequestTarget(request[2] ?? ''), headers }
      : { kind: 'response', status: Number(response?.[1]), headers };
    bodyStart = blank < 0 ? lines.length : blank + 1;
  }
  const bodyText = lines.slice(bodyStart).join('\n');
  if (bodyText.trim() === '') return { http, body: undefined, diagnostics: [] };
  // Line of the body's first line: the fence line, plus one, plus the lines before the body.
  const place: SourcePlace = placeBelow(file, code, 1 + bodyStart);
  const { body, error } = readJsonBody(bodyText, place);
  const diagnostics = error === undefined ? [] : [diagnostic('json-parse-error', place, { reason: error })];
  return { http, body, diagnostics };
}
