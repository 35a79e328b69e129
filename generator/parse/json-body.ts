import type { Node as JsonNode, ParseError } from 'jsonc-parser';
import { getNodeValue, parseTree, printParseErrorCode } from 'jsonc-parser';
import type { JsonBody, JsonProblem, SourcePlace } from '../model/index.js';
import { childPath } from '../model/index.js';

export interface JsonBodyResult {
  readonly body: JsonBody;
  /** Why the text is not strict JSON, when it is not (comments, trailing commas, truncation...). */
  readonly error: string | undefined;
}

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) starts.push(i + 1);
  return starts;
}

function lineAt(starts: readonly number[], offset: number): number {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if ((starts[mid] ?? 0) <= offset) low = mid;
    else high = mid - 1;
  }
  return low;
}

function recordLines(node: JsonNode, path: string, starts: readonly number[], firstLine: number, lines: Record<string, number>): void {
  lines[path] = firstLine + lineAt(starts, node.offset);
  if (node.type === 'object') {
    for (const property of node.children ?? []) {
      const [key, value] = property.children ?? [];
      if (key && value && typeof key.value === 'string') recordLines(value, childPath(path, key.value), starts, firstLine, lines);
    }
  } else if (node.type === 'array') {
    (node.children ?? []).forEach((item, index) => recordLines(item, childPath(path, index), starts, firstLine, lines));
  }
}

/**
 * Parses a JSON example body the way a reader would, tolerating comments and trailing commas
 * (jsonc-parser), so the example's value is still usable; anything that is not strict JSON is
 * still reported (`error`), since clients copying the example would fail on it. Records the
 * page line of every JSON path so a diagnostic about `enrollmentState` can point at its line.
 * `place` is where the body's first line sits.
 */
export function readJsonBody(text: string, place: SourcePlace): JsonBodyResult {
  const lenientErrors: ParseError[] = [];
  const tree = parseTree(text, lenientErrors, { allowTrailingComma: true, disallowComments: false });
  const strictErrors: ParseError[] = [];
  parseTree(text, strictErrors, { allowTrailingComma: false, disallowComments: true });
  const starts = lineStarts(text);
  const lines: Record<string, number> = {};
  if (tree) recordLines(tree, '', starts, place.line, lines);
  const parsed = tree !== undefined && lenientErrors.length === 0;
  const first = strictErrors[0];
  const error = first ? `${printParseErrorCode(first.error)} at line ${place.line + lineAt(starts, first.offset)}` : undefined;
  const value: unknown = parsed ? getNodeValue(tree) : undefined;
  return { body: { text, value, parsed, problem: first ? classifyJsonProblem(text, parsed) : undefined, lines, place }, error };
}

/**
 * Why an example is not strict JSON, from its text: the docs' habits are comments
 * (`// optional`), trailing commas, ellipses standing for more (`...`, `…`), and bodies cut off.
 */
export function classifyJsonProblem(text: string, parsedLeniently: boolean): JsonProblem {
  if (/^\s*\/\/|\/\*/m.test(text)) return 'comments';
  if (/\.\.\.|…/.test(text)) return 'ellipsis';
  if (parsedLeniently && /,\s*[}\]]/.test(text)) return 'trailing-comma';
  const opens = (text.match(/[{[]/g) ?? []).length;
  const closes = (text.match(/[}\]]/g) ?? []).length;
  if (opens > closes) return 'truncated';
  return 'other';
}
