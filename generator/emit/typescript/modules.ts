import type { Render } from '../render/templates.js';
import type { EmittedFiles } from './emitted-files.js';
import { FileImports } from './file-imports.js';

/** Declarations bound for one module (layout.ts says which), and what they import from other package files. */
export interface ModuleFragment {
  readonly file: string;
  /** Declarations only, no import lines. */
  readonly text: string;
  readonly imports: FileImports;
}

/**
 * The modules the fragments make: each file's fragments in the order given, one blank line
 * apart, under one import block that merges theirs (minus what the module itself declares).
 */
export function assembleModules(fragments: readonly ModuleFragment[], render: Render): EmittedFiles {
  const modules = new Map<string, { imports: FileImports; declarations: string[] }>();
  for (const fragment of fragments) {
    let module = modules.get(fragment.file);
    if (module === undefined) {
      module = { imports: new FileImports(fragment.file), declarations: [] };
      modules.set(fragment.file, module);
    }
    module.imports.addAll(fragment.imports);
    module.declarations.push(fragment.text.trim());
  }
  return new Map([...modules].map(([file, { imports, declarations }]) => [file, render('module.ts', { imports: imports.views(), declarations })]));
}
