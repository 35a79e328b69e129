/** A place in an input page: file relative to the input dir, 1-based line and column (as mdast positions). */
export interface SourcePlace {
  readonly file: string;
  readonly line: number;
  readonly column: number;
}

/** Orders places by file, then line, then column, so every list of places prints the same way each run. */
export function compareSourcePlaces(a: SourcePlace, b: SourcePlace): number {
  if (a.file !== b.file) return a.file < b.file ? -1 : 1;
  return a.line - b.line || a.column - b.column;
}

/** `file:line:col`, the form editors and CI annotate. */
export function formatSourcePlace(place: SourcePlace): string {
  return `${place.file}:${place.line}:${place.column}`;
}
