import { toCamelCase } from '../../naming/identifiers.js';

/** One `{name}` of a path template and the key it gets in the function's `params` object. */
export interface PathParameterKey {
  /** As written between the braces: `user-id`. */
  readonly name: string;
  /** A camelCase identifier (never a reserved word), unique within the operation: `userId`, `id2`. */
  readonly key: string;
}

/** The path as a TypeScript expression, and the parameters it reads from `params`. */
export interface PathExpression {
  readonly expression: string;
  readonly parameters: readonly PathParameterKey[];
}

/** `{id}`, or `'{id}'` when the docs write an OData key literal (`lists('{list-id}')`). */
const PLACEHOLDER = /('?)\{([^}]+)\}('?)/g;

/** Text that stands literally inside a template literal. */
function templateText(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/`/g, '\\`').replace(/\$\{/g, '\\${');
}

/**
 * Turns a path template into code that builds the path: `/users/{user-id}/messages` →
 * `` `/users/${encodePathParameter(params.userId, false)}/messages` ``. The braces are the
 * truth (the convention of every API page's HTTP request block). Each placeholder is its own
 * parameter: `/groups/{id}/threads/{id}/posts/{id}` (`post-get.md` and 300-odd other pages)
 * names three different ids alike, so they become `id`, `id2`, `id3`.
 */
export function pathExpression(path: string, encodeFunction: string): PathExpression {
  const parameters: PathParameterKey[] = [];
  const taken = new Set<string>();
  const keyFor = (name: string): string => {
    const wanted = toCamelCase(name);
    let key = wanted;
    for (let n = 2; taken.has(key); n++) key = `${wanted}${n}`;
    taken.add(key);
    parameters.push({ name, key });
    return key;
  };

  let code = '';
  let last = 0;
  for (const match of path.matchAll(PLACEHOLDER)) {
    const [whole, open = '', name = '', close = ''] = match;
    const quoted = open === "'" && close === "'";
    // A lone quote on one side is literal text, not part of an OData key literal.
    const before = quoted ? open : '';
    const after = quoted ? close : '';
    const start = match.index + (quoted ? 0 : open.length);
    code += templateText(path.slice(last, start)) + before;
    code += `\${${encodeFunction}(params.${keyFor(name)}, ${quoted})}` + after;
    last = match.index + whole.length - (quoted ? 0 : close.length);
  }
  if (parameters.length === 0) return { expression: JSON.stringify(path), parameters };
  return { expression: `\`${code}${templateText(path.slice(last))}\``, parameters };
}

/** The `params` parameter's type: `{ readonly userId: string }`. */
export function pathParametersType(parameters: readonly PathParameterKey[]): string {
  return `{ ${parameters.map((p) => `readonly ${p.key}: string`).join('; ')} }`;
}
