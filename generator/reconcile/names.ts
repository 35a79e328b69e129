/**
 * Where a simple name lives when nothing on the page says otherwise. Graph pages say
 * `Namespace: microsoft.graph` under the title and write `@odata.type` values in it, so that is
 * the default; a page's own Namespace line or a qualified name always wins.
 */
export const DEFAULT_NAMESPACE = 'microsoft.graph';

export interface QualifiedName {
  readonly namespace: string;
  readonly name: string;
}

/**
 * `#microsoft.graph.callRecords.session` → `microsoft.graph.callRecords` + `session`; a simple
 * name (`session`) takes the namespace of the page that wrote it.
 */
export function qualify(written: string, namespace: string): QualifiedName {
  const clean = written.trim().replace(/^#/, '').replace(/\.+$/, '');
  const dot = clean.lastIndexOf('.');
  if (dot <= 0) return { namespace, name: clean };
  return { namespace: clean.slice(0, dot), name: clean.slice(dot + 1) };
}

/**
 * The identity of a type across pages: namespace and name compared case-insensitively, since
 * the docs write one type as `importedDeviceIdentity` and `importeddeviceidentity` (seed 000's
 * annotation) and the service's names never differ by case alone.
 */
export function typeKey(name: QualifiedName): string {
  return `${name.namespace}.${name.name}`.toLowerCase();
}

/**
 * Counts the spellings a type is written with, to choose one by a stated rule: the most
 * frequent spelling wins; on a tie, one with capitals beats an all-lowercase one (lowercase is
 * how annotations flatten camelCase names), then the alphabetically first, for determinism.
 */
export class SpellingVotes {
  private readonly votes = new Map<string, Map<string, number>>();

  add(key: string, spelling: string, weight = 1): void {
    const counts = this.votes.get(key) ?? new Map<string, number>();
    counts.set(spelling, (counts.get(spelling) ?? 0) + weight);
    this.votes.set(key, counts);
  }

  choose(key: string): string | undefined {
    const counts = this.votes.get(key);
    if (!counts) return undefined;
    return [...counts].sort(([a, x], [b, y]) => y - x || Number(a === a.toLowerCase()) - Number(b === b.toLowerCase()) || (a < b ? -1 : a > b ? 1 : 0))[0]?.[0];
  }
}
