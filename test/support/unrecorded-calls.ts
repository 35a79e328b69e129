import type { ModuleFragment } from '../../generator/emit/typescript/modules.js';
import { declaredNames } from '../../generator/emit/typescript/code-keys.js';
import { keyedFragments } from '../../generator/emit/typescript/validators.js';

/** The fragment's code without its comments and string literals (`"isRoot"` is a property's name, not a call of `isRoot`). */
const codeOnly = (text: string): string => text.replace(/"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*'|`(?:[^`\\]|\\.)*`|\/\*[\s\S]*?\*\/|\/\/[^\n]*/g, ' ');

/**
 * Names a fragment's code uses that another fragment declares, but that its imports did not
 * record: calls the verdicts' keys would not follow (`codeKeys`). `fragment: name` each.
 * Identifiers are read off the code as words, so a property access named like a validator
 * would count too: the check errs on the safe side.
 */
export function unrecordedCalls(fragments: readonly ModuleFragment[]): string[] {
  const declared = fragments.map((fragment) => new Set(declaredNames(fragment.text)));
  const everywhere = new Set(declared.flatMap((names) => [...names]));
  const keyed = keyedFragments(fragments);
  return fragments.flatMap((fragment, index) => {
    const words = new Set(codeOnly(fragment.text).match(/[A-Za-z_$][\w$]*/g) ?? []);
    return [...words]
      .filter((word) => everywhere.has(word) && !declared[index]?.has(word) && !keyed[index]?.uses.has(word))
      .map((word) => `${[...(declared[index] ?? [])][0] ?? index}: ${word}`);
  });
}
