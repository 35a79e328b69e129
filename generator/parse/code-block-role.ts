import type { Code } from 'mdast';
import type { ExampleFacts } from '../model/index.js';
import type { Annotation } from './annotation.js';
import { isRequestPathBlock } from './http-message.js';
import type { Section } from './sections.js';

const isChapter = (section: Section, pattern: RegExp): boolean => pattern.test(section.chapter);

/**
 * The section lists the operation's request paths: an `## HTTP request` chapter, or a
 * `### HTTP request` under a chapter per variant (drive-get.md's "Get a user's OneDrive").
 */
export const isHttpRequestSection = (section: Section): boolean => isChapter(section, /^http request/) || /^http request/i.test(section.title);

/** What a code block is to its page: request lines, an example, or both. */
export interface CodeBlockRole {
  readonly requestLines: boolean;
  readonly example: boolean;
  /** The block is the HTTP request section's, given as an annotated request block (drive-list.md). */
  readonly linesByExample: boolean;
}

/**
 * Whether a code block lists the operation's request lines: every block of the HTTP request
 * section, and a block of bare request lines with nothing marking it an example. A page that
 * gives its request line as an annotated request block (drive-list.md's `GET
 * /groups/{groupId}/drives` under `### HTTP request`) gives its other lines so too, each under a
 * chapter of its own ("## List a site's drives": `GET /sites/{siteId}/drives`): outside the
 * examples, such a block of bare request lines is a request line, and an example as well.
 */
export function codeBlockRole(code: Code, annotation: Annotation | undefined, section: Section, linesByExample: boolean): CodeBlockRole {
  const blockType = annotation?.data['blockType'];
  if (isHttpRequestSection(section)) return { requestLines: true, example: false, linesByExample: blockType === 'request' };
  const marked = blockType === 'request' || blockType === 'response' || isChapter(section, /^(examples?\b|response)/) || /^(request|response)/i.test(section.title);
  if (!marked && isRequestPathBlock(code)) return { requestLines: true, example: false, linesByExample: false };
  const inExamples = isChapter(section, /^(examples?\b|request|response)/) || /^(request|response|examples?\b)/i.test(section.title);
  const variantLine = linesByExample && blockType === 'request' && !inExamples && isRequestPathBlock(code);
  return { requestLines: variantLine, example: true, linesByExample: false };
}

/** An example block's role: its annotation's `blockType`, else its HTTP start line, else its section's title. */
export function exampleRole(annotation: Annotation | undefined, http: ExampleFacts['http'], section: Section): ExampleFacts['role'] | undefined {
  const blockType = annotation?.data['blockType'];
  if (blockType === 'request' || blockType === 'response' || blockType === 'resource') return blockType;
  if (blockType === 'ignored') return undefined;
  if (http) return http.kind;
  if (/^request/i.test(section.title)) return 'request';
  if (/^response/i.test(section.title)) return 'response';
  if (isChapter(section, /json representation/)) return 'resource';
  return undefined;
}
