/** What an emitter returns: package-relative path (`src/models.ts`) → file text. Writing is the CLI's job. */
export type EmittedFiles = Map<string, string>;

/** A relative ESM import specifier from one package file to another, with the `.js` extension NodeNext wants. */
export function importPath(fromFile: string, toFile: string): string {
  const from = fromFile.split('/').slice(0, -1);
  const to = toFile.split('/');
  let common = 0;
  while (common < from.length && common < to.length - 1 && from[common] === to[common]) common++;
  const up = from.length - common;
  const rest = to.slice(common).join('/').replace(/\.ts$/, '.js');
  return (up === 0 ? './' : '../'.repeat(up)) + rest;
}

/** A name the package's entry point re-exports; `typeOnly` names go through `export type`. */
export interface PublicExport {
  readonly file: string;
  readonly name: string;
  readonly typeOnly: boolean;
}

/**
 * What each TypeScript emitter returns: its files, and the names of them that are public.
 * Only listed names reach `src/index.ts`, so internal helpers stay internal.
 */
export interface EmitResult {
  readonly files: EmittedFiles;
  readonly exports: readonly PublicExport[];
  /**
   * Files every export of which is public: the index re-exports them whole (`export * from`),
   * which a consumer's compiler resolves once per module instead of once per name (some
   * 5,000 names in the v1.0 package, a tenth of its `tsc` time). Their names are in `exports` too.
   */
  readonly publicModules: readonly string[];
  /**
   * Per function name, a key of the code a call of it can run (`codeKeys`), for emitters whose
   * code something runs: the docs' examples are checked with the validators, and a verdict
   * holds while its validator's key does.
   */
  readonly codeKeys?: ReadonlyMap<string, string>;
}
