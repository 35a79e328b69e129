import { readFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { Md2tsConfig } from '../config/config.js';
import { CONFIG_FILE_NAME, formatConfigProblem } from '../config/config.js';
import { validateConfig } from '../config/validate-config.js';
import { UsageError } from './read-input.js';

export interface LoadedConfig {
  readonly config: Md2tsConfig;
  /** The directory the config's paths are relative to (the working directory when there is no file). */
  readonly dir: string;
  /** The file read, if any: said in the summary so a run never silently follows a config. */
  readonly file: string | undefined;
}

/**
 * `--config FILE`, else `md2ts.config.json` in the working directory if there is one, else
 * no config. A given file that is missing, or any config that is not valid, is a usage error
 * (exit 2) naming every problem with its file, line, column and key path.
 */
export async function loadConfig(explicit: string | undefined): Promise<LoadedConfig> {
  const file = explicit ?? CONFIG_FILE_NAME;
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (explicit === undefined && code === 'ENOENT') return { config: {}, dir: '.', file: undefined };
    throw new UsageError(`cannot read config file ${file}: ${code === 'ENOENT' ? 'it does not exist' : (error as Error).message}`);
  }
  const result = validateConfig(text);
  if (!result.ok) {
    const lines = result.problems.map((problem) => `  ${formatConfigProblem(file, problem)}`);
    throw new UsageError(`invalid config file ${file} (${result.problems.length} ${result.problems.length === 1 ? 'problem' : 'problems'}):\n${lines.join('\n')}`);
  }
  return { config: result.config, dir: dirname(file), file };
}
