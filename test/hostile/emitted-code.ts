import ts from 'typescript';

/**
 * Syntax errors in a package's emitted files: every `.ts`/`.js` file must parse as TypeScript
 * (as a module), every `.json` file as JSON. Cheap enough to run on each fuzzed output;
 * `tsc --noEmit` on a few packages checks the types.
 */
export function syntaxErrors(files: ReadonlyMap<string, string>): string[] {
  const errors: string[] = [];
  for (const [path, text] of files) {
    if (path.endsWith('.json')) {
      try {
        JSON.parse(text);
      } catch (error) {
        errors.push(`${path}: ${(error as Error).message}`);
      }
    } else if (/\.(ts|js)$/.test(path)) {
      const source = ts.createSourceFile(path, text, ts.ScriptTarget.ES2022, false, path.endsWith('.js') ? ts.ScriptKind.JS : ts.ScriptKind.TS);
      // The parser's own list of syntax errors: internal, but what `tsc` reports first, and far cheaper than a program.
      const parsed = (source as unknown as { parseDiagnostics: readonly ts.Diagnostic[] }).parseDiagnostics;
      for (const d of parsed) errors.push(`${path}: ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`);
    }
  }
  return errors;
}
