import { describe } from 'vitest';
import { HAVE_CORPUS, reportSkippedCorpus } from '../support/corpus.js';
import { describeCsdlAccuracy } from './csdl-accuracy.js';
import { describeExampleChecks } from './example-checks.js';
import { useCorpusRun } from './corpus-run.js';
import { describeReplay } from '../operations/replay.js';

reportSkippedCorpus('the v1.0 corpus tests (csdl-score accuracy, example checks, replay)');

// One file, so that one generate serves every corpus-wide test (vitest isolates files).
describe.skipIf(!HAVE_CORPUS)('the v1.0 corpus (3,341 real pages)', () => {
  const run = useCorpusRun();
  describeCsdlAccuracy(run);
  describeExampleChecks(run);
  describeReplay(run);
});
