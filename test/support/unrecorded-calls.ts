import type { ModuleFragment } from '../../generator/emit/typescript/modules.js';
import { declaredNames } from '../../generator/emit/typescript/code-keys.js';
import { validatorInternalFile, validatorRuntimeFile } from '../../generator/emit/typescript/layout.js';
import { keyedFragments } from '../../generator/emit/typescript/validators.js';

/** The validators' helper modules among a package's files: what their fragments import. */
export function validatorHelpers(files: ReadonlyMap<string, string>): { file: string; text: string }[] {
  return [validatorInternalFile(), validatorRuntimeFile()].map((file) => ({ file, text: files.get(file) ?? '' }));
}

/** The fragment's code without its comments and string literals (`"isRoot"` is a property's name, not a call of `isRoot`). */
const codeOnly = (text: string): string => text.replace(/"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*'|`(?:[^`\\]|\\.)*`|\/\*[\s\S]*?\*\/|\/\/[^\n]*/g, ' ');

/**
 * Names a fragment's code uses that another fragment, or one of the `helpers` modules,
 * declares, but that its imports did not record: calls the verdicts' keys would not follow
 * (`codeKeys`), or a helper bound only because another fragment imports it. `fragment: name`
 * each. Identifiers are read off the code as words, so a property access named like a
 * validator would count too: the check errs on the safe side.
 */
export function unrecordedCalls(fragments: readonly ModuleFragment[], helpers: readonly { readonly file: string; readonly text: string }[] = []): string[] {
  const declared = fragments.map((fragment) => new Set(declaredNames(fragment.text)));
  const everywhere = new Set(declared.flatMap((names) => [...names]));
  const helperOf = new Map(helpers.flatMap(({ file, text }) => declaredNames(text).map((name): [string, string] => [name, file])));
  const keyed = keyedFragments(
    fragments,
    helpers.map(({ file }) => file),
  );
  return fragments.flatMap((fragment, index) => {
    const words = new Set(codeOnly(fragment.text).match(/[A-Za-z_$][\w$]*/g) ?? []);
    const recorded = (word: string): boolean => {
      if (declared[index]?.has(word)) return true;
      const helperFile = helperOf.get(word);
      if (helperFile !== undefined && !everywhere.has(word)) return fragment.imports.valuesFrom(helperFile).has(word);
      return !everywhere.has(word) || (keyed[index]?.uses.has(word) ?? false);
    };
    return [...words].filter((word) => !recorded(word)).map((word) => `${[...(declared[index] ?? [])][0] ?? index}: ${word}`);
  });
}
