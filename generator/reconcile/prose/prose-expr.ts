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
 *   cleaned), then a JSON array of them;
 * - anything else: text as it stands (a constant reconciling writes itself, such as the
 *   description of `$select`).
 * CommonMark replaces NUL with U+FFFD, so no text read from a page starts with one. Every
 * description reconciling makes is a choice, even among one: whether a field is empty is
 * words too, so filling in an empty cell is an edit of prose alone.
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
  // A choice among choices of the same rule is one choice: merging claim by claim never nests (or escapes) deeper.
  const given = exprs.flatMap((expr) => (expr === undefined || expr.length === 0 ? [] : expr.startsWith(`${MARK}${rule}`) ? (JSON.parse(expr.slice(2)) as ProseExpr[]) : [expr]));
  return given.length === 0 ? undefined : `${MARK}${rule}${JSON.stringify(given)}`;
}

/** "… Inherited from [x]." says where a row came from, not what the property means. */
export function cleanDescription(text: string): string {
  return text
    .replace(/\s*\binherited from\s+(?:the\s+)?[\w.]+\.?/gi, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The text of the `index`th prose field of `file`; undefined when there is no such page or field. */
export type ProseTexts = (file: string, index: number) => string | undefined;

/** The words an expression stands for; undefined for a choice where none has words. */
export function resolveProse(expr: ProseExpr, texts: ProseTexts): string | undefined {
  if (!expr.startsWith(MARK)) return expr;
  const rule = expr[1];
  if (rule === 'F' || rule === 'L') {
    const parts = (JSON.parse(expr.slice(2)) as ProseExpr[]).map((part) => resolveProse(part, texts) ?? '');
    if (rule === 'F') return parts.find((text) => text.length > 0);
    return parts
      .map(cleanDescription)
      .filter((text) => text.length > 0)
      .sort((a, b) => b.length - a.length || (a < b ? -1 : 1))[0];
  }
  const colon = expr.indexOf(':');
  const text = texts(expr.slice(colon + 1), Number(expr.slice(1, colon)));
  // A reference is made only by splitting the same facts the texts come from.
  if (text === undefined) throw new Error(`no prose for ${JSON.stringify(expr.slice(1))}`);
  return text;
}
