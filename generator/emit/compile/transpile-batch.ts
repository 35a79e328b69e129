import { ts } from 'ts-morph';

const COMPILER_OPTIONS: ts.CompilerOptions = {
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.ESNext,
  isolatedModules: true,
  isolatedDeclarations: true,
  verbatimModuleSyntax: true,
  declaration: true,
  strict: true,
  // `@internal` helpers (a validator's `__checkX`, called by other validators) stay out of the
  // declarations: the package index never exports them, and a consumer's compiler would read
  // them for nothing.
  stripInternal: true,
  newLine: ts.NewLineKind.LineFeed,
};

/**
 * What `ts.transpileModule` forces, whatever the caller's options say (TypeScript's
 * `transpileOptionValueCompilerOptions`, internal): nothing that needs other files or types.
 * A test compares this module's output with `transpileModule`'s, so a TypeScript that changes
 * the list fails it rather than changing `dist/` unnoticed.
 */
const TRANSPILE_FORCED: ts.CompilerOptions = {
  incremental: undefined,
  declaration: undefined,
  emitDeclarationOnly: undefined,
  noCheck: true,
  noEmit: undefined,
  lib: undefined,
  outFile: undefined,
  composite: undefined,
  tsBuildInfoFile: undefined,
  isolatedModules: true,
  paths: undefined,
  rootDirs: undefined,
  types: undefined,
  allowImportingTsExtensions: undefined,
  noLib: true,
  noResolve: true,
  noEmitOnError: undefined,
  declarationDir: undefined,
};

/** TypeScript internals `transpileModule` uses, reached the same way it does. */
interface TypeScriptInternals {
  getSetExternalModuleIndicator?: (options: ts.CompilerOptions) => (file: ts.SourceFile) => void;
}
type EmitWithForce = (target: undefined, write: undefined, cancel: undefined, onlyDts: boolean, transformers: undefined, forceDtsEmit: boolean) => ts.EmitResult;

/**
 * The options `ts.transpileModule` / `ts.transpileDeclaration` compile one file with (their
 * `transpileWorker`): the given ones, with every option that needs other files or type
 * information turned off, and declarations only when asked for.
 */
function transpileOptions(declaration: boolean): ts.CompilerOptions {
  const options: ts.CompilerOptions = { target: ts.ScriptTarget.Latest, jsx: ts.JsxEmit.Preserve, ...COMPILER_OPTIONS };
  for (const [name, value] of Object.entries(TRANSPILE_FORCED)) {
    // verbatimModuleSyntax makes isolatedModules redundant; transpileWorker leaves it as given.
    if (options.verbatimModuleSyntax && name === 'isolatedModules') continue;
    options[name] = value;
  }
  options['suppressOutputPathCheck'] = true;
  options.allowNonTsExtensions = true;
  if (declaration) {
    options.declaration = true;
    options.emitDeclarationOnly = true;
    options.isolatedDeclarations = true;
  } else {
    options.declaration = false;
    options.declarationMap = false;
  }
  options.noLib = !declaration;
  return options;
}

/** The stand-in standard library `transpileDeclaration` checks declarations against. */
const BAREBONES_LIB_NAME = 'lib.d.ts';
const BAREBONES_LIB = `interface Boolean {}
interface Function {}
interface CallableFunction {}
interface NewableFunction {}
interface IArguments {}
interface Number {}
interface Object {}
interface RegExp {}
interface String {}
interface Array<T> { length: number; [n: number]: T; }
interface SymbolConstructor {
    (desc?: string | number): symbol;
    for(name: string): symbol;
    readonly toStringTag: symbol;
}
declare var Symbol: SymbolConstructor;
interface Symbol {
    readonly [Symbol.toStringTag]: string;
}`;

export interface TranspiledBatch {
  /** Source path → JavaScript. */
  readonly js: ReadonlyMap<string, string>;
  /** Source path → declarations. */
  readonly dts: ReadonlyMap<string, string>;
  /** Syntax errors and declarations that cannot be emitted without type information. */
  readonly diagnostics: readonly ts.Diagnostic[];
}

/** Emits with one program over the batch; `writeFile` maps each output back to its source. */
function emitBatch(sources: ReadonlyMap<string, ts.SourceFile>, libFile: ts.SourceFile, declaration: boolean, into: Map<string, string>): readonly ts.Diagnostic[] {
  const options = transpileOptions(declaration);
  const outputSuffix = declaration ? /\.d\.ts$/ : /\.js$/;
  const host: ts.CompilerHost = {
    getSourceFile: (fileName) => sources.get(fileName) ?? (fileName === BAREBONES_LIB_NAME ? libFile : undefined),
    writeFile: (name, text) => into.set(name.replace(outputSuffix, '.ts'), text),
    getDefaultLibFileName: () => BAREBONES_LIB_NAME,
    useCaseSensitiveFileNames: () => false,
    getCanonicalFileName: (fileName) => fileName,
    getCurrentDirectory: () => '',
    getNewLine: () => '\n',
    fileExists: (fileName) => sources.has(fileName) || (declaration && fileName === BAREBONES_LIB_NAME),
    readFile: () => '',
    directoryExists: () => true,
    getDirectories: () => [],
  };
  const program = ts.createProgram([...sources.keys()], options, host);
  // forceDtsEmit (internal, as transpileDeclaration passes it): declarations even where there are errors.
  const result = (program as unknown as { emit: EmitWithForce }).emit(undefined, undefined, undefined, declaration, undefined, declaration);
  return declaration ? [...program.getSyntacticDiagnostics(), ...program.getOptionsDiagnostics(), ...result.diagnostics] : [];
}

/**
 * Transpiles many files as `ts.transpileModule` and `ts.transpileDeclaration` do one: each
 * file alone (no imports resolved, no type checking), but one program per batch instead of
 * two per file, and each file parsed once for both outputs.
 */
export function transpileBatch(files: readonly (readonly [string, string])[]): TranspiledBatch {
  const libFile = ts.createSourceFile(BAREBONES_LIB_NAME, BAREBONES_LIB, { languageVersion: ts.ScriptTarget.Latest });
  const internals = ts as unknown as TypeScriptInternals;
  const sourceOptions: ts.CreateSourceFileOptions = {
    languageVersion: COMPILER_OPTIONS.target ?? ts.ScriptTarget.ES2022,
    setExternalModuleIndicator: internals.getSetExternalModuleIndicator?.(transpileOptions(false)),
  };
  const sources = new Map(files.map(([path, text]) => [path, ts.createSourceFile(path, text, sourceOptions)]));
  const js = new Map<string, string>();
  const dts = new Map<string, string>();
  emitBatch(sources, libFile, false, js);
  const diagnostics = emitBatch(sources, libFile, true, dts);
  return { js, dts, diagnostics };
}
