import { importPath } from '../emitted-files.js';
import { validatorInternalFile } from '../layout.js';

/** The shared helpers of the emitted validators (layout.ts says where). */
export const VALIDATOR_INTERNAL_FILE = validatorInternalFile();

/** One import line of an emitted file. */
export interface ImportView {
  readonly typeOnly: boolean;
  /** `A, B`, sorted. */
  readonly names: string;
  readonly from: string;
}

/** Collects what one emitted file imports, by target file, as it is built. */
export class FileImports {
  private readonly values = new Map<string, Set<string>>();
  private readonly types = new Map<string, Set<string>>();

  constructor(private readonly fromFile: string) {}

  value(file: string, name: string): void {
    this.add(this.values, file, name);
  }

  type(file: string, name: string): void {
    this.add(this.types, file, name);
  }

  private add(into: Map<string, Set<string>>, file: string, name: string): void {
    if (file === this.fromFile) return;
    const set = into.get(file) ?? new Set<string>();
    set.add(name);
    into.set(file, set);
  }

  /** Sorted by specifier; a file's `import type` line before its value import. */
  views(): ImportView[] {
    const lines = [
      ...[...this.types].map(([file, names]) => ({ typeOnly: true, file, names })),
      ...[...this.values].map(([file, names]) => ({ typeOnly: false, file, names })),
    ].map(({ typeOnly, file, names }) => ({ typeOnly, names: [...names].sort().join(', '), from: importPath(this.fromFile, file) }));
    return lines.sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : Number(b.typeOnly) - Number(a.typeOnly)));
  }
}
