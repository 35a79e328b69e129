import type { DiagnosticCode } from '../model/index.js';
import type { EmitterName } from '../pipeline.js';

/** The file md2ts looks for in the directory it runs in when no `--config` is given. */
export const CONFIG_FILE_NAME = 'md2ts.config.json';

/** What a severity override may say: a new severity, or `off` to drop the diagnostic. */
export const SEVERITY_SETTINGS = ['off', 'info', 'warning', 'error'] as const;
export type SeveritySetting = (typeof SEVERITY_SETTINGS)[number];

/**
 * `md2ts.config.json`, validated. Every key is optional; flags override it. Paths are as
 * written in the file (relative to the file's directory, like tsconfig's).
 */
export interface Md2tsConfig {
  readonly input?: string;
  readonly out?: string;
  readonly packageName?: string;
  readonly packageVersion?: string;
  readonly emitters?: readonly EmitterName[];
  /** Check the docs' JSON examples with the emitted validators (`example-invalid`); on unless `false`. */
  readonly validateExamples?: boolean;
  readonly severity?: Readonly<Partial<Record<DiagnosticCode, SeveritySetting>>>;
}

/** One thing wrong with a config file, with the place and key path it is about. */
export interface ConfigProblem {
  readonly line: number;
  readonly column: number;
  /** `emitters[2]`, `severity.json-parse-error`; empty for the file as a whole. */
  readonly keyPath: string;
  readonly message: string;
}

/** `md2ts.config.json:4:15: emitters[1]: expected one of …`: how a problem prints. */
export function formatConfigProblem(file: string, problem: ConfigProblem): string {
  return `${file}:${problem.line}:${problem.column}: ${problem.keyPath === '' ? '' : `${problem.keyPath}: `}${problem.message}`;
}
