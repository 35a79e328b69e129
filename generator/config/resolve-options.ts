import { isAbsolute, join } from 'node:path';
import type { DiagnosticCode } from '../model/index.js';
import type { EmitterName } from '../pipeline.js';
import { EMITTER_NAMES } from '../pipeline.js';
import type { Md2tsConfig, SeveritySetting } from './config.js';

/** What the flags of `md2ts generate` said; `undefined` where a flag was not given. */
export interface GenerateFlags {
  readonly input?: string | undefined;
  readonly out?: string | undefined;
  readonly packageName?: string | undefined;
  readonly packageVersion?: string | undefined;
  /** `false` from `--no-validate-examples`; undefined when the flag was not given. */
  readonly validateExamples?: boolean | undefined;
}

/** The settings a run uses, after flags, the config file and the defaults are merged. */
export interface ResolvedSettings {
  readonly input: string;
  readonly out: string;
  readonly packageName: string;
  readonly packageVersion: string;
  readonly emitters: readonly EmitterName[];
  /** Whether `generate` checks the docs' JSON examples with the validators it emits (needs the `validators` emitter). */
  readonly validateExamples: boolean;
  readonly severity: Readonly<Partial<Record<DiagnosticCode, SeveritySetting>>>;
}

export const DEFAULT_SETTINGS: ResolvedSettings = {
  input: 'docs-input',
  out: 'generated',
  packageName: 'md2ts-generated',
  packageVersion: '0.0.0',
  emitters: EMITTER_NAMES,
  validateExamples: true,
  severity: {},
};

/**
 * Flags first, then the config file, then the defaults. A config file's paths are relative
 * to the file's own directory (as tsconfig's are), so a config works from any working
 * directory; flags' paths are relative to the working directory, as usual.
 */
export function resolveSettings(flags: GenerateFlags, config: Md2tsConfig, configDir: string): ResolvedSettings {
  const fromConfig = (path: string | undefined): string | undefined => (path === undefined || isAbsolute(path) ? path : join(configDir, path));
  return {
    input: flags.input ?? fromConfig(config.input) ?? DEFAULT_SETTINGS.input,
    out: flags.out ?? fromConfig(config.out) ?? DEFAULT_SETTINGS.out,
    packageName: flags.packageName ?? config.packageName ?? DEFAULT_SETTINGS.packageName,
    packageVersion: flags.packageVersion ?? config.packageVersion ?? DEFAULT_SETTINGS.packageVersion,
    emitters: config.emitters ?? DEFAULT_SETTINGS.emitters,
    validateExamples: flags.validateExamples ?? config.validateExamples ?? DEFAULT_SETTINGS.validateExamples,
    severity: config.severity ?? DEFAULT_SETTINGS.severity,
  };
}
