import type { Diagnostic, HttpRequestLine, PageFacts, Property } from '../../model/index.js';
import { diagnostic, isJsonObject } from '../../model/index.js';
import { pathFitsTemplate } from './operation-identity.js';

/**
 * A `…/$ref` path adds a reference: its body is `{ "@odata.id": "…" }`. When the page's own
 * examples instead post a full object to the path without `/$ref` (seed 000), the examples are
 * the evidence: the operation is the collection's create, and the `$ref` line is reported.
 */
export function followRefExamples(page: PageFacts, line: HttpRequestLine, diagnostics: Diagnostic[]): string {
  if (!line.path.endsWith('/$ref')) return line.path;
  const bare = line.path.slice(0, -'/$ref'.length);
  const contradicting = page.examples.find(
    (example) =>
      example.http?.kind === 'request' &&
      example.http.method === line.method &&
      pathFitsTemplate(example.http.path, bare) &&
      isJsonObject(example.body?.value) &&
      !('@odata.id' in example.body.value),
  );
  if (!contradicting) return line.path;
  diagnostics.push(diagnostic('ref-path-with-object-body', line.place, { path: line.path, used: bare }, [{ place: contradicting.place, message: 'this example posts a full object' }]));
  return bare;
}

/** A `$ref` post's one body parameter, `{ "@odata.id": url }` (administrativeunit-post-members.md). */
export function referenceParameter(place: HttpRequestLine['place']): Property {
  return { name: '@odata.id', type: { kind: 'primitive', name: 'String' }, meta: { description: 'The URL of the object to reference.', sources: [place] } };
}
