import SwaggerParser from '@apidevtools/swagger-parser';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import type { CorpusRun } from '../corpus/corpus-run.js';
import type { ReplayResult } from './replay-examples.js';
import { formatQueryLine, formatReplayLine, replayExamples } from './replay-examples.js';

/**
 * Floors, a little under what the replay reached when they were last raised (2201/2256 sent,
 * 2201/2247 returned). The rest are the docs' own faults, each reported at the example's line:
 * example paths the page does not document (`example-path-undocumented`: `$ref` left out,
 * another page's operation, `root:/{path}:` addressing, a `/drive` no page types; a path the
 * docs' relationships lead to the operation's type, `/me/drive/root/…` for
 * `/me/drive/items/{id}/…`, is a documented twin), methods other than the documented one,
 * bodies that are not JSON, GETs with a body; responses under `204` with a body or with another
 * status than documented. Requests to other servers (callbacks, upload URLs) are not replayed; see issue 6.
 */
const FLOORS = { sent: 97.5, returned: 97.9, typedQuery: 85 } as const;

/** swagger-parser's document type, named without importing its transitive `openapi-types`. */
type ParserDocument = Exclude<Parameters<typeof SwaggerParser.validate>[1], string>;

/** Every request example of the corpus, sent through the generated client to a local server. */
export function describeReplay(run: () => CorpusRun): void {
  describe('every request example, replayed through the generated client', () => {
    let replay: ReplayResult;

    beforeAll(async () => {
      const { result, out } = run();
      const generated = (await import(pathToFileURL(join(out, 'dist', 'index.js')).href)) as Parameters<typeof replayExamples>[1];
      replay = await replayExamples(result.model, generated);
      console.log(formatReplayLine(replay));
      console.log(formatQueryLine(replay));
      const causes = new Map<string, number>();
      for (const c of replay.cases) for (const cause of [...c.sendFailures, ...(c.returned === false ? ['not-returned'] : [])]) causes.set(cause, (causes.get(cause) ?? 0) + 1);
      // Set MD2TS_REPLAY_DUMP=<file> to list every failing example with its operation, for surveys.
      const dump = process.env['MD2TS_REPLAY_DUMP'];
      if (dump !== undefined) writeFileSync(dump, replay.cases.filter((c) => c.sendFailures.length > 0 || c.returned === false).map((c) => JSON.stringify({ at: `${c.example.place.file}:${c.example.place.line}`, failures: c.sendFailures, returned: c.returned, operation: c.operation?.id, request: c.example.request && `${c.example.request.method} ${c.example.request.path}?${c.example.request.query}`, detail: c.detail })).join('\n'));
      console.log(`replay failures by cause: ${[...causes].sort(([a], [b]) => (a < b ? -1 : 1)).map(([k, v]) => `${k} ${v}`).join(', ')}`);
    });

    it(`sends at least ${FLOORS.sent}% of request examples as documented`, () => {
      expect((100 * replay.sent) / replay.requests).toBeGreaterThanOrEqual(FLOORS.sent);
    });

    it(`passes at least ${FLOORS.typedQuery}% of the examples' query pairs through the typed query options`, () => {
      expect((100 * replay.typedQueryPairs) / replay.queryPairs).toBeGreaterThanOrEqual(FLOORS.typedQuery);
    });

    it(`returns at least ${FLOORS.returned}% of paired responses as the function promises`, () => {
      expect((100 * replay.returned) / replay.responses).toBeGreaterThanOrEqual(FLOORS.returned);
    });

    it('reports each request example whose path fits no documented path, at its line', () => {
      const unfit = replay.cases.filter((c) => c.sendFailures.includes('path-fits-no-template'));
      const reported = new Set(run().result.diagnostics.filter((d) => d.code === 'example-path-undocumented').map((d) => `${d.place.file}:${d.place.line}`));
      expect(unfit.filter((c) => !reported.has(`${c.example.place.file}:${c.example.place.line}`)).map((c) => `${c.example.place.file}:${c.example.place.line}`)).toEqual([]);
    });

    it('emits an openapi.json that @apidevtools/swagger-parser validates', async () => {
      const document = JSON.parse(run().result.files.get('openapi.json') ?? '{}') as ParserDocument;
      await expect(SwaggerParser.validate(document)).resolves.toBeDefined();
    });
  });
}
