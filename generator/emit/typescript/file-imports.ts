import { importPath } from './emitted-files.js';

/** One import line of an emitted file. */
export interface ImportView {
  readonly typeOnly: boolean;
  /** `A, B`, sorted. */
  readonly names: string;
  readonly from: string;
}

/**
 * Collects what one emitted module imports, by target file, as its declarations are built.
 * Names from the module itself are not imported: several constructs share a module (layout.ts),
 * and what one of them needs from another is simply in scope. They are still recorded
 * (`valuesFrom`): what a declaration calls in its own module is code it depends on.
 */
export class FileImports {
  private readonly values = new Map<string, Set<string>>();
  private readonly types = new Map<string, Set<string>>();
  private readonly localValues = new Set<string>();

  constructor(readonly fromFile: string) {}

  value(file: string, name: string): void {
    if (file === this.fromFile) this.localValues.add(name);
    this.add(this.values, file, name);
  }

  /**
   * The values asked for from `file`: imported, or in scope when it is this module itself. The
   * set is this object's own, to read only: a watch session keeps fragments, imports and all, from run to run.
   */
  valuesFrom(file: string): ReadonlySet<string> {
    return file === this.fromFile ? this.localValues : (this.values.get(file) ?? new Set());
  }

  /** Every value asked for, by the file that has it, this module itself included. */
  valuesByFile(): Map<string, ReadonlySet<string>> {
    const all = new Map<string, ReadonlySet<string>>(this.values);
    if (this.localValues.size > 0) all.set(this.fromFile, this.localValues);
    return all;
  }

  type(file: string, name: string): void {
    this.add(this.types, file, name);
  }

  /** The type names a `typeExpression` needs (file → names), imported as types. */
  typesFrom(needed: ReadonlyMap<string, ReadonlySet<string>>): void {
    for (const [file, names] of needed) for (const name of names) this.type(file, name);
  }

  /** Every import of `other` (collected for the same module or another), added to these. */
  addAll(other: FileImports): void {
    // Kept so the merged imports tell the same calls as their parts (`valuesFrom`), though import lines never show them.
    for (const name of other.localValues) this.value(other.fromFile, name);
    for (const [file, names] of other.values) for (const name of names) this.value(file, name);
    for (const [file, names] of other.types) for (const name of names) this.type(file, name);
  }

  private add(into: Map<string, Set<string>>, file: string, name: string): void {
    if (file === this.fromFile) return;
    const set = into.get(file) ?? new Set<string>();
    set.add(name);
    into.set(file, set);
  }

  /**
   * Sorted by specifier; a file's `import type` line before its value import. A name imported
   * as a value is not imported as a type too (the value import brings both, and TypeScript
   * rejects the same name bound twice).
   */
  views(): ImportView[] {
    const types = [...this.types].map(([file, names]) => ({ file, names: [...names].filter((name) => !this.values.get(file)?.has(name)) }));
    const lines = [
      ...types.filter(({ names }) => names.length > 0).map(({ file, names }) => ({ typeOnly: true, file, names })),
      ...[...this.values].map(([file, names]) => ({ typeOnly: false, file, names: [...names] })),
    ].map(({ typeOnly, file, names }) => ({ typeOnly, names: names.sort().join(', '), from: importPath(this.fromFile, file) }));
    return lines.sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : Number(b.typeOnly) - Number(a.typeOnly)));
  }
}
