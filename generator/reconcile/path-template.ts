/**
 * Path templates as the HTTP request blocks write them, made uniform: every value a caller
 * supplies is a `{placeholder}`, so one template matches every example of its operation.
 */

/** A placeholder as the docs write one inside parentheses: `{x}`, `<x>`, quoted or not. */
const WRITTEN_PLACEHOLDER = /^('?)(?:\{([^}]*)\}|<([^>]*)>)('?)$/;

/** Splits `a=1, b='x,y'` at the commas outside quotes, each part trimmed. */
export function splitArguments(text: string): string[] {
  const parts: string[] = [];
  let quoted = false;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === "'") quoted = !quoted;
    else if (text[i] === ',' && !quoted) {
      parts.push(text.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(text.slice(start));
  return parts.map((part) => part.trim());
}

/**
 * One parenthesised group of a segment. Function arguments (`getX(period='{period_value}')`,
 * `range(address='<address>')`, `getY(count=n)`, `filterByCurrentUser(on='reviewer')`) each
 * become a placeholder named by the parameter, quotes kept: any value the docs write there is
 * the caller's to choose. A key (`items('{id}')`, `range(<address>)`) keeps its name.
 */
function argumentsTemplate(inside: string): string {
  if (inside.trim() === '') return inside;
  const parts = splitArguments(inside);
  if (!parts.every((part) => /^[A-Za-z_$][\w$]*\s*=/.test(part))) {
    const key = WRITTEN_PLACEHOLDER.exec(inside.trim());
    return key ? `${key[1] ?? ''}{${key[2] ?? key[3] ?? ''}}${key[4] ?? ''}` : inside;
  }
  return parts
    .map((part) => {
      const at = part.indexOf('=');
      const name = part.slice(0, at).trim();
      const value = part.slice(at + 1).trim();
      const quoted = value.length >= 2 && value.startsWith("'") && value.endsWith("'");
      return quoted ? `${name}='{${name}}'` : `${name}={${name}}`;
    })
    .join(',');
}

/**
 * The template of a documented path: function arguments as placeholders, `<x>` as `{x}`, GUID
 * segments as `{segment-id}`, no trailing slash. Braces are left alone (a `{id | userPrincipalName}` stays one placeholder).
 */
export function normalizePathTemplate(path: string): string {
  let out = '';
  let depth = 0;
  let group = '';
  let inGroup = false;
  for (const char of path) {
    if (inGroup) {
      if (char === '{') depth++;
      if (char === '}') depth--;
      if (char === ')' && depth === 0) {
        out += `(${argumentsTemplate(group)})`;
        inGroup = false;
        group = '';
      } else group += char;
      continue;
    }
    if (char === '{') depth++;
    if (char === '}') depth--;
    if (char === '(' && depth === 0) {
      inGroup = true;
      continue;
    }
    out += char;
  }
  if (inGroup) out += `(${group}`;
  // A key written as a bare word in parentheses as a whole segment: `/teams/(team-id)/channels`.
  out = out.replace(/\/\(([A-Za-z][\w-]*)\)(?=\/|$)/g, '/{$1}');
  out = out.replace(/<([A-Za-z][\w-]*)>/g, '{$1}');
  // A GUID as a whole segment is an example id the page left in its request line
  // (educationassignment-get.md's `/education/classes/acdefc6b-…/assignments/cf6005fc-…`):
  // no request line fixes an object's id, so it is the placeholder of the segment before it.
  out = out.replace(/\/([^/{}()]+)\/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}(?=\/|$)/gi, '/$1/{$1-id}');
  return out.length > 1 ? out.replace(/\/+$/, '') : out;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Compiled matchers by template and placeholder pattern. A memo of a pure function, so it
 * changes no result: reconciling tests each page's examples against each of its request lines,
 * and compiling the same few thousand patterns again and again was a fifth of building the
 * model. Cleared when it grows past any real input's count, so a long watch session stays small.
 */
const compiledPatterns = new Map<string, RegExp>();
const MAX_COMPILED_PATTERNS = 50_000;

/**
 * A matcher for a template: each placeholder takes one segment's worth of text (or part of
 * one, `('{id}')`), literal text compares case-insensitively as the service does.
 */
export function templatePattern(template: string, value = '[^/]+?'): RegExp {
  const memoKey = `${value}\0${template}`;
  const known = compiledPatterns.get(memoKey);
  if (known) return known;
  let source = '';
  let last = 0;
  for (const match of template.matchAll(/\{[^}]*\}/g)) {
    source += `${escapeRegExp(template.slice(last, match.index))}(${value})`;
    last = match.index + match[0].length;
  }
  const pattern = new RegExp(`^${source}${escapeRegExp(template.slice(last))}/?$`, 'i');
  if (compiledPatterns.size >= MAX_COMPILED_PATTERNS) compiledPatterns.clear();
  compiledPatterns.set(memoKey, pattern);
  return pattern;
}

/** True when a concrete example path fits a template (`/users/48d3…/messages` fits `/users/{id}/messages`). */
export function fitsTemplate(path: string, template: string): boolean {
  return templatePattern(template).test(path) || templatePattern(template, '.+?').test(path);
}
