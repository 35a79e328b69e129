import type { SourcePlace } from './source.js';

export type Severity = 'error' | 'warning' | 'info';

/** Another place a diagnostic points at: the other page of a disagreement, say. */
export interface RelatedPlace {
  readonly place: SourcePlace;
  readonly message: string;
}

/** A problem found in the docs, as data: stages return these, only the CLI prints them. */
export interface Diagnostic {
  readonly code: DiagnosticCode;
  readonly severity: Severity;
  readonly message: string;
  readonly place: SourcePlace;
  readonly related: readonly RelatedPlace[];
}

type Args = Record<string, string>;

interface CatalogEntry<A extends Args> {
  readonly severity: Severity;
  /** One line on what the rule is about, for `--help`-like listings and SARIF rule metadata. */
  readonly summary: string;
  readonly message: (args: A) => string;
}

function entry<A extends Args>(severity: Severity, summary: string, message: (args: A) => string): CatalogEntry<A> {
  return { severity, summary, message };
}

/**
 * Every diagnostic md2ts can report, with its default severity and message template
 * (like quicktype's Messages.ts). Codes are stable: reports, severity overrides and
 * SARIF rule ids use them.
 */
export const DIAGNOSTIC_CATALOG = {
  'input-unreadable': entry<{ reason: string }>('error', 'An input file could not be read.', (a) => `cannot read this file: ${a.reason}`),
  'missing-front-matter': entry<Args>('warning', 'A page has no YAML front matter.', () => 'page has no YAML front matter (title, description, doc_type)'),
  'invalid-front-matter': entry<{ reason: string }>('warning', 'A page has front matter that is not valid YAML.', (a) => `front matter is not valid YAML: ${a.reason}`),
  'annotation-parse-error': entry<{ reason: string }>('warning', 'A `<!-- { ... } -->` annotation is not valid JSON.', (a) => `annotation is not valid JSON: ${a.reason}`),
  'json-parse-error': entry<{ reason: string }>('warning', 'A JSON example is not valid JSON.', (a) => `JSON example is not valid JSON: ${a.reason}`),
  'permission-placeholder': entry<{ text: string; scheme: string }>(
    'warning',
    'A permissions cell holds a placeholder instead of scopes.',
    (a) => `permission for "${a.scheme}" is a placeholder, not a scope: "${a.text}"`,
  ),
  'enum-members-disagree': entry<{ name: string; here: string; others: string; union: string }>(
    'warning',
    'Pages list different members for the same enum.',
    (a) => `pages disagree on the members of enum ${a.name}: here ${a.here}; at ${a.others}; using their union: ${a.union}`,
  ),
  'enum-table-copied': entry<{ name: string; other: string; elsewhere: string }>(
    'warning',
    "An enum's member table repeats another enum's table on its page, and a row naming the enum lists other values: the table is left out as a copy.",
    (a) => `the members listed for enum ${a.name} repeat those of ${a.other} on this page, and share none with the values at ${a.elsewhere}: left out as a copy, using those values`,
  ),
  'ref-path-with-object-body': entry<{ path: string; used: string }>(
    'warning',
    'A `$ref` path is documented, but the examples send a full object to the collection.',
    (a) =>
      `documented path ${a.path} adds a reference, but the examples post a full object to ${a.used}: using ${a.used}`,
  ),
  'example-enum-value': entry<{ value: string; enumName: string; path: string; members: string }>(
    'warning',
    'An example value is not a member of its enum.',
    (a) => `example value ${a.value} at ${a.path} is not a member of enum ${a.enumName} (${a.members})`,
  ),
  'annotation-type-case': entry<{ written: string; canonical: string }>(
    'warning',
    'An annotation names a type with different capitalisation than the type has.',
    (a) => `annotation @odata.type "${a.written}" differs in case from the type's name "${a.canonical}"`,
  ),
  'unknown-type-cell': entry<{ text: string }>('warning', 'A Type cell names no type md2ts can read.', (a) => `cannot read a type from "${a.text}": typed as unknown`),
  'type-alternatives-unrelated': entry<{ text: string }>(
    'warning',
    'A Type cell names alternatives ("A or B") that no one type holds: it is typed as unknown.',
    (a) => `the alternatives ${a.text} share no base type: typed as unknown`,
  ),
  'undocumented-type': entry<{ name: string }>(
    'info',
    'A type is referenced but never described: it is emitted with what the references say.',
    (a) => `type ${a.name} is referenced but never described on any page`,
  ),
  'property-type-conflict': entry<{ type: string; property: string; chosen: string; other: string }>(
    'warning',
    'Pages give different types for the same property.',
    (a) => `${a.type}.${a.property} is typed ${a.chosen} here and ${a.other} elsewhere: using ${a.chosen}`,
  ),
  'response-status-conflict': entry<{ operation: string; chosen: string; other: string }>(
    'warning',
    'Pages documenting one operation give different response status codes.',
    (a) => `${a.operation} returns ${a.chosen} here and ${a.other} elsewhere: using ${a.chosen}`,
  ),
  'example-path-undocumented': entry<{ request: string; documented: string }>(
    'warning',
    'A request example uses a method and path that fit none of the paths its page documents.',
    (a) => `example request ${a.request} fits none of the documented paths (${a.documented}): replayed against the page's first`,
  ),
  'example-status-differs': entry<{ operation: string; shown: string; documented: string }>(
    'warning',
    'A response example shows another status code than its operation documents.',
    (a) => `response example answers ${a.shown} where ${a.operation} documents ${a.documented}`,
  ),
  'example-no-content-body': entry<Args>(
    'warning',
    'A `204 No Content` response example shows a body, which such a response cannot have.',
    () => 'response example is 204 No Content yet shows a body',
  ),
  'input-too-large': entry<{ size: string; limit: string }>(
    'error',
    'A page is larger than md2ts parses: it is skipped.',
    (a) => `page is ${a.size}, over the ${a.limit} limit for one page: skipped (real reference pages are under 100 KB)`,
  ),
  'table-row-skipped': entry<{ reason: string }>(
    'warning',
    'A row of a properties table describes no property (a missing cell, a name that is not a name): it is skipped.',
    (a) => `table row skipped: ${a.reason}`,
  ),
  'input-too-nested': entry<{ what: string; depth: string; limit: string }>(
    'warning',
    'A line nests deeper than any reference page needs (Markdown parsers slow down badly): it is left out.',
    (a) => `line has ${a.depth} ${a.what}, over the limit of ${a.limit}: left out, the rest of the page is read`,
  ),
  'input-binary': entry<Args>('error', 'A page holds binary data (NUL bytes), not text: it is skipped.', () => 'file holds NUL bytes, so it is binary (or UTF-16), not UTF-8 Markdown: skipped'),
  'input-not-utf8': entry<Args>(
    'warning',
    'A page is not valid UTF-8: it is read with U+FFFD in place of the bad bytes.',
    () => 'file is not valid UTF-8 from here on: bad bytes are read as U+FFFD (save the page as UTF-8)',
  ),
  'input-symlink': entry<Args>(
    'info',
    'A page is a symbolic link: md2ts reads only regular files, so a link loop cannot trap it.',
    () => 'page is a symbolic link: not followed (copy the page, or point --input at the real folder)',
  ),
  'input-empty': entry<Args>('warning', 'A page is empty or only whitespace: there is nothing to read.', () => 'page is empty: nothing to read'),
  'enum-size-outlier': entry<{ name: string; count: string; typical: string }>(
    'warning',
    'An enum lists far more members than the docs\' other enums: perhaps another standard\'s list, not the service\'s.',
    (a) => `enum ${a.name} lists ${a.count} members, more than ten times what 90% of the docs' enums have (${a.typical}): check that the page lists the service's values`,
  ),
  'example-invalid': entry<{ role: string; type: string; path: string; expected: string; received: string }>(
    'warning',
    'A JSON example does not match the type the docs give it.',
    (a) => `${a.role} example is not a valid ${a.type}: at ${a.path === '' ? 'the top level' : a.path}, expected ${a.expected}, got ${a.received}`,
  ),
} as const;

export type DiagnosticCatalog = typeof DIAGNOSTIC_CATALOG;
export type DiagnosticCode = keyof DiagnosticCatalog;
export type DiagnosticArgs<C extends DiagnosticCode> = Parameters<DiagnosticCatalog[C]['message']>[0];

/** Builds a diagnostic from the catalog: the only way stages make one, so codes and wording stay in one place. */
export function diagnostic<C extends DiagnosticCode>(
  code: C,
  place: SourcePlace,
  args: DiagnosticArgs<C>,
  related: readonly RelatedPlace[] = [],
): Diagnostic {
  const item = DIAGNOSTIC_CATALOG[code] as CatalogEntry<DiagnosticArgs<C>>;
  return { code, severity: item.severity, message: item.message(args), place, related };
}
