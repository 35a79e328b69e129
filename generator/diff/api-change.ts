/**
 * What a change means to a consumer of the package: `breaking` can stop their code compiling
 * or working, `minor` adds something, `patch` changes only words (descriptions, permissions).
 */
export type Impact = 'breaking' | 'minor' | 'patch';

/** The semver bump a set of changes calls for. */
export type Bump = 'major' | 'minor' | 'patch' | 'none';

export type ChangeKind =
  | 'type-added'
  | 'type-removed'
  | 'type-kind-changed'
  | 'base-changed'
  | 'property-added'
  | 'property-removed'
  | 'property-type-changed'
  | 'property-required-changed'
  | 'enum-member-added'
  | 'enum-member-removed'
  | 'operation-added'
  | 'operation-removed'
  | 'operation-renamed'
  | 'parameters-changed'
  | 'request-body-changed'
  | 'response-changed'
  | 'permissions-changed'
  | 'description-changed';

/** One API change: what kind, how it affects consumers, what it is about and a sentence saying it. */
export interface ApiChange {
  readonly kind: ChangeKind;
  readonly impact: Impact;
  /** The service name it is about: `microsoft.graph.user`, `microsoft.graph.user.displayName`, `GET /users/{}`. */
  readonly subject: string;
  readonly message: string;
}

export interface ApiDiff {
  readonly bump: Bump;
  readonly counts: Readonly<Record<Impact, number>>;
  /** Breaking first, then minor, then patch; by subject within each. */
  readonly changes: readonly ApiChange[];
}

const IMPACT_ORDER: Readonly<Record<Impact, number>> = { breaking: 0, minor: 1, patch: 2 };

/** Any breaking change → major; else anything added → minor; else any wording → patch; else none. */
export function suggestBump(changes: readonly ApiChange[]): Bump {
  if (changes.some((c) => c.impact === 'breaking')) return 'major';
  if (changes.some((c) => c.impact === 'minor')) return 'minor';
  return changes.length > 0 ? 'patch' : 'none';
}

/** The changes in reading order, counted, with the bump they call for. */
export function summarizeChanges(changes: readonly ApiChange[]): ApiDiff {
  const sorted = [...changes].sort((a, b) => IMPACT_ORDER[a.impact] - IMPACT_ORDER[b.impact] || (a.subject < b.subject ? -1 : a.subject > b.subject ? 1 : a.message < b.message ? -1 : 1));
  const counts: Record<Impact, number> = { breaking: 0, minor: 0, patch: 0 };
  for (const change of sorted) counts[change.impact]++;
  return { bump: suggestBump(sorted), counts, changes: sorted };
}
