import type { EmitMemo } from '../emit-memo.js';
import { NO_EMIT_MEMO, sharedList } from '../emit-memo.js';
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
 * A watch session's `memo` gives last run's text back for a module whose fragments are all
 * last run's, so the compile cache and the writer know it unchanged at a glance.
 */
export function assembleModules(fragments: readonly ModuleFragment[], render: Render, memo: EmitMemo = NO_EMIT_MEMO): EmittedFiles {
  const byFile = new Map<string, ModuleFragment[]>();
  for (const fragment of fragments) {
    const list = byFile.get(fragment.file);
    if (list === undefined) byFile.set(fragment.file, [fragment]);
    else list.push(fragment);
  }
  const assemble = memo.remember(assembleModule);
  return new Map([...byFile].map(([file, list]) => [file, assemble(memo.keep<readonly ModuleFragment[]>(`module ${file}`, list, sharedList), file, render)]));
}

/** One module from its fragments (`assembleModules`). */
function assembleModule(fragments: readonly ModuleFragment[], file: string, render: Render): string {
  const imports = new FileImports(file);
  const declarations: string[] = [];
  for (const fragment of fragments) {
    imports.addAll(fragment.imports);
    declarations.push(fragment.text.trim());
  }
  return render('module.ts', { imports: imports.views(), declarations });
}
