/** What one figure module measures: its summary value and the lines that explain it. */
export interface Figure {
  /** The summary line's name, e.g. `generate-vs-parse`. */
  readonly name: string;
  /** Undefined when it could not be measured here (the reason is in `lines`). */
  readonly value: number | undefined;
  /** Rounding of the summary value: ratios get two decimals, megabytes none. */
  readonly format: 'ratio' | 'integer';
}

/** Where figure modules print their detail lines, so the summary can come last. */
export type Say = (line: string) => void;
