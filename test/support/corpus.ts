import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from './seeds.js';

/** `../shared` beside the project root: the real docs and the scorer. Absent outside this workplace. */
export const SHARED = join(PROJECT_ROOT, '..', 'shared');
export const CORPUS_DOCS = join(SHARED, 'corpus', 'graph-docs-v1.0');
export const CORPUS_CSDL = join(SHARED, 'corpus', 'csdl', 'v1.0_metadata.xml');
export const CSDL_SCORE = join(SHARED, 'tools', 'csdl-score', 'csdl-score');

export const HAVE_CORPUS = existsSync(CORPUS_DOCS) && existsSync(CORPUS_CSDL) && existsSync(CSDL_SCORE);

/** Said once per skipped file, so a green run without the corpus does not pass for a measured one. */
export function reportSkippedCorpus(what: string): void {
  if (!HAVE_CORPUS) console.warn(`SKIPPED ${what}: ${CORPUS_DOCS} (../shared) is absent; corpus tests run only where it exists.`);
}
