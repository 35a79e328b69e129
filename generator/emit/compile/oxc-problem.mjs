// What went wrong in an oxc transform, in one line. JavaScript, as md2ts's own copy builder
// (`parallel/compiled-generator.mjs`, which runs before any TypeScript can load) uses it too.
import { stripVTControlCharacters } from 'node:util';

/**
 * An oxc error as `path:line:col` and what is wrong: its message is a colored code frame whose
 * first line says what, and `loc` (when there is one) where.
 * @param {Error & { loc?: { line: number; column: number } }} problem
 * @param {string} path
 * @returns {{ place: string; what: string }}
 */
export function oxcProblem(problem, path) {
  const what = stripVTControlCharacters(problem.message).split('\n')[0]?.replace(/^\[\w+\]\s*/, '') ?? '';
  return { place: `${path}${problem.loc ? `:${problem.loc.line}:${problem.loc.column + 1}` : ''}`, what };
}
