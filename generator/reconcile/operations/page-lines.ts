import type { Diagnostic, HttpRequestLine, PageFacts } from '../../model/index.js';
import { normalizePathTemplate } from '../path-template.js';
import { castTwins } from './cast-twins.js';
import { functionCallTwins } from './function-parameters.js';
import { meTwins } from './me-twins.js';
import { examplesSendBytes } from './operation-bodies.js';
import { operationIdentity } from './operation-identity.js';
import { followRefExamples } from './ref-path.js';

/** One operation a page documents: a request line of its own or a twin its examples show. */
export interface PageLine {
  readonly line: HttpRequestLine;
  /** The line's path as a template (`normalizePathTemplate`), `/$ref` dropped where the examples post objects. */
  readonly path: string;
  /** What operations are merged by (`operationIdentity`). */
  readonly identity: string;
  /** Whether the page's examples of this method and path send bytes, not JSON (`examplesSendBytes`); false for a GET or HEAD, which send no body. */
  readonly sendsBytes: boolean;
}

/** A page's operations, and what reading them reported. */
export interface PageLines {
  readonly lines: readonly PageLine[];
  readonly diagnostics: readonly Diagnostic[];
}

/**
 * The operations an API page documents, each once: its request lines, then the twins its
 * examples show (`me`, function calls, casts). A function of the page alone, so a watch session
 * keeps it for every page an edit left alone (`StructureMemo`): on the v1.0 pages reading them
 * is ~10 % of reconciling.
 */
export function pageLines(page: PageFacts): PageLines {
  const facts = page.operation;
  if (!facts) return { lines: [], diagnostics: [] };
  const diagnostics: Diagnostic[] = [];
  const seen = new Set<string>();
  const lines: PageLine[] = [];
  const own = [...facts.requests, ...meTwins(page)];
  for (const line of [...own, ...functionCallTwins(page, own), ...castTwins(page, own)]) {
    const path = normalizePathTemplate(followRefExamples(page, line, diagnostics));
    const identity = operationIdentity(line.method, path);
    if (seen.has(identity)) continue;
    seen.add(identity);
    const sendsBytes = line.method !== 'GET' && line.method !== 'HEAD' && examplesSendBytes(page, line.method, path);
    lines.push({ line, path, identity, sendsBytes });
  }
  return { lines, diagnostics };
}
