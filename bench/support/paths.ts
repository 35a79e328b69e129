import { join } from 'node:path';

/** The md2ts checkout the bench measures. */
export const PROJECT_ROOT = join(import.meta.dirname, '..', '..');
/** The Graph v1.0 docs beside the project (`../shared`): the default input, absent outside this workplace. */
export const DEFAULT_CORPUS = join(PROJECT_ROOT, '..', 'shared', 'corpus', 'graph-docs-v1.0');
/** What `npm run generate` runs: md2ts from a JavaScript copy of its sources, on plain Node. */
export const CLI_ENTRY = join(PROJECT_ROOT, 'generator', 'cli', 'from-sources.mjs');
export const REPORT_MAX_RSS = join(import.meta.dirname, 'report-max-rss.mjs');
