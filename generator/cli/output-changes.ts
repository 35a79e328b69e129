/** How a package differs from the one written before it, file by file. */
export interface OutputChanges {
  readonly added: readonly string[];
  readonly removed: readonly string[];
  readonly changed: readonly string[];
}

/** Compares two generated packages (path → text), each list in path order. */
export function diffOutputs(before: ReadonlyMap<string, string>, after: ReadonlyMap<string, string>): OutputChanges {
  const added: string[] = [];
  const changed: string[] = [];
  for (const [path, text] of after) {
    const old = before.get(path);
    if (old === undefined) added.push(path);
    else if (old !== text) changed.push(path);
  }
  const removed = [...before.keys()].filter((path) => !after.has(path));
  const byPath = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
  return { added: added.sort(byPath), removed: removed.sort(byPath), changed: changed.sort(byPath) };
}

/** `2 changed, 1 added, 0 removed`. */
export function formatOutputChanges(changes: OutputChanges): string {
  return `${changes.changed.length} changed, ${changes.added.length} added, ${changes.removed.length} removed`;
}

/** One line per file (`added: src/validators.ts`), added and removed first (rarer, and telling), at most `limit`, then how many more. */
export function listOutputChanges(changes: OutputChanges, limit = 20): string[] {
  const lines = [...changes.added.map((p) => `added: ${p}`), ...changes.removed.map((p) => `removed: ${p}`), ...changes.changed.map((p) => `changed: ${p}`)];
  return lines.length > limit ? [...lines.slice(0, limit), `… and ${lines.length - limit} more`] : lines;
}
