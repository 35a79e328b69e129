import type { HelperDelegate } from 'handlebars';

/**
 * Makes doc text safe inside a `/** ... *\/` comment: `*\/` would end the comment early and let
 * the rest of a description run as code, so it is broken apart; line and paragraph separators
 * (U+2028/2029) become plain newlines so no editor or parser sees a line the comment does not.
 */
export function sanitizeDocText(text: string): string {
  return text
    .replace(/\r\n?|[\u2028\u2029]/g, '\n')
    .replace(/\*\//g, '*\\/')
    .trim();
}

/** A doc comment from lines of text, indented; empty text gives no comment at all. */
export function renderDocComment(lines: readonly string[], indent: string): string {
  const body = lines.flatMap((line) => sanitizeDocText(line).split('\n')).filter((line, i, all) => line !== '' || (i > 0 && i < all.length - 1));
  if (body.length === 0) return '';
  if (body.length === 1) return `${indent}/** ${body[0]} */\n`;
  return `${indent}/**\n${body.map((line) => `${indent} *${line === '' ? '' : ` ${line}`}`).join('\n')}\n${indent} */\n`;
}

/** The helpers every template may use; registered in one place (openapi-typescript-codegen's registerHandlebarHelpers). */
export const HELPERS: Readonly<Record<string, HelperDelegate>> = {
  /** `{{{doc lines "  "}}}`: a doc comment (with its own trailing newline) or nothing. */
  doc: (lines: unknown, indent: unknown) =>
    renderDocComment(Array.isArray(lines) ? lines.map(String) : typeof lines === 'string' ? [lines] : [], typeof indent === 'string' ? indent : ''),
  /** `{{{json value}}}`: a JSON literal, which is also a valid TypeScript string/number/object literal. */
  json: (value: unknown) => JSON.stringify(value),
};
