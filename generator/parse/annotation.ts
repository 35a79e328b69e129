import type { Html } from 'mdast';
import type { Diagnostic } from '../model/index.js';
import { diagnostic } from '../model/index.js';
import { readJsonBody } from './json-body.js';
import { placeOf } from './place.js';

export interface Annotation {
  readonly data: Readonly<Record<string, unknown>>;
  readonly node: Html;
}

export interface AnnotationResult {
  readonly annotation: Annotation | undefined;
  readonly diagnostics: readonly Diagnostic[];
}

/**
 * ApiDoctor annotations: an HTML comment holding a JSON object (`<!-- { "blockType": "request" } -->`)
 * that says what the next code block is. Other HTML comments are not annotations.
 */
export function readAnnotation(file: string, node: Html): AnnotationResult {
  const inner = /^<!--([\s\S]*?)-->\s*$/.exec(node.value.trim())?.[1]?.trim();
  if (inner === undefined || !inner.startsWith('{')) return { annotation: undefined, diagnostics: [] };
  const place = placeOf(file, node);
  const { body, error } = readJsonBody(inner, place);
  if (error !== undefined || body.value === null || typeof body.value !== 'object' || Array.isArray(body.value)) {
    return { annotation: undefined, diagnostics: [diagnostic('annotation-parse-error', place, { reason: error ?? 'not a JSON object' })] };
  }
  return { annotation: { data: body.value as Record<string, unknown>, node }, diagnostics: [] };
}
