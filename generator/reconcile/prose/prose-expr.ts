/**
 * Where a description's words come from, written where the words would be. Reconciling
 * decides structure only: it copies these expressions through as if they were text, and
 * `describeModel` puts the words in at the end. With the words kept out, a structure built
 * once serves every edit that changes only prose (the usual edit: a description reworded),
 * which is what lets a watch session skip reconciling for such an edit.
 *
 * An expression is one of:
 * - a reference to one prose field of one page: NUL, its index, `:`, the page's file;
 * - a choice among expressions: NUL, `F` (the first with words) or `L` (the longest once
 *   cleaned), then each part: a reference as it is, or NUL, `t` and a text;
 * - anything else: text as it stands (a constant reconciling writes itself, such as the
 *   description of `$select`).
 * CommonMark replaces NUL with U+FFFD, so no text read from a page holds one (and a page
 * with NUL bytes is skipped as binary). Every description reconciling takes from a page is a
 * choice, even among one: whether a field is empty is words too, so filling in an empty cell
 * is an edit of prose alone. A constant reconciling writes (`$ref`'s `@odata.id`) is text.
 */
export type ProseExpr = string;

const MARK = '\u0000';

/** The expression for the `index`th prose field of `file`'s facts (see `splitProse`). */
export function proseRef(file: string, index: number): ProseExpr {
  return `${MARK}${index}:${file}`;
}

/**
 * A property's description: the longest of its claims' descriptions once cleaned, the first
 * alphabetically on a tie; undefined when none has words.
 */
export function longestProse(exprs: readonly ProseExpr[]): ProseExpr | undefined {
  return choice('L', exprs);
}

/** The first of these descriptions that has words (an operation's summary from the first of its pages that has one). */
export function firstProse(exprs: readonly (ProseExpr | undefined)[]): ProseExpr | undefined {
  return choice('F', exprs);
}

function choice(rule: 'F' | 'L', exprs: readonly (ProseExpr | undefined)[]): ProseExpr | undefined {
  let parts = '';
  for (const expr of exprs) {
    if (expr === undefined || expr.length === 0) continue;
    if (!expr.startsWith(MARK)) {
      // Parts are cut apart at NUL, which no page text holds (see above): only a constant of ours could.
      if (expr.includes(MARK)) throw new Error(`a description to choose from holds NUL: ${JSON.stringify(expr)}`);
      parts += `${MARK}t${expr}`;
    }
    // A choice among choices of the same rule is one choice: merging claim by claim never nests.
    else if (expr[1] === rule) parts += expr.slice(2);
    else if (isRef(expr)) parts += expr;
    else throw new Error(`a choice of one rule cannot hold a choice of another (${rule} of ${JSON.stringify(expr.slice(1, 2))})`);
  }
  return parts === '' ? undefined : `${MARK}${rule}${parts}`;
}

const isRef = (expr: ProseExpr): boolean => expr.charCodeAt(1) >= 48 && expr.charCodeAt(1) <= 57;

const INHERITED_FROM = /\s*\binherited from\s+(?:the\s+)?[\w.]+\.?/gi;

/** "… Inherited from [x]." says where a row came from, not what the property means. */
export function cleanDescription(text: string): string {
  // Most descriptions say nothing of the kind, and the test is much cheaper than the replace.
  const kept = /inherited from/i.test(text) ? text.replace(INHERITED_FROM, '') : text;
  return kept.replace(/\s+/g, ' ').trim();
}

/**
 * The texts of each page's prose fields, by file, in the order its references number them
 * (`splitProse`). Only `get` is read (a `Map` is one), so a caller can see which pages an
 * expression read.
 */
export interface ProseTexts {
  get(file: string): readonly string[] | undefined;
}

/** The words an expression stands for; undefined for a choice where none has words. */
export function resolveProse(expr: ProseExpr, texts: ProseTexts): string | undefined {
  if (!expr.startsWith(MARK)) return expr;
  if (isRef(expr)) return resolveRef(expr.slice(1), texts);
  // The parts follow the rule, each after a NUL: `12:page.md` (a reference) or `t…` (a text).
  const parts = expr
    .slice(3)
    .split(MARK)
    .map((part) => (part.startsWith('t') ? part.slice(1) : resolveRef(part, texts)));
  if (expr[1] === 'F') return parts.find((text) => text.length > 0);
  if (expr[1] !== 'L') throw new Error(`no such choice: ${JSON.stringify(expr.slice(1, 2))}`);
  return parts
    .map(cleanDescription)
    .filter((text) => text.length > 0)
    .sort((a, b) => b.length - a.length || (a < b ? -1 : 1))[0];
}

/** `12:page.md`: the 12th prose field of page.md. */
function resolveRef(ref: string, texts: ProseTexts): string {
  const colon = ref.indexOf(':');
  const text = texts.get(ref.slice(colon + 1))?.[Number(ref.slice(0, colon))];
  // A reference is made only by splitting the same facts the texts come from.
  if (text === undefined) throw new Error(`no prose for ${JSON.stringify(ref)}`);
  return text;
}
