import type { ApiModel, PageFacts } from '../model/index.js';
import { buildStructure } from './build-structure.js';
import { describeModel } from './prose/describe-model.js';
import type { ProseTexts } from './prose/prose-expr.js';
import type { SplitPage } from './prose/split-prose.js';
import { splitProse } from './prose/split-prose.js';

/**
 * What a watch session keeps between runs so that an edit of prose alone skips reconciling:
 * the last structure built and the pages' facts it was built from, words split off.
 * `createStructureMemo` makes one; a run without one reconciles from scratch.
 */
export interface StructureMemo {
  /** The split of a page's facts, kept while the facts object lives (the facts memo keeps unchanged pages' objects). */
  readonly splits: WeakMap<PageFacts, SplitPage>;
  last: { readonly structures: readonly PageFacts[]; readonly model: ApiModel } | undefined;
}

export function createStructureMemo(): StructureMemo {
  return { splits: new WeakMap(), last: undefined };
}

/**
 * Merges the facts of every page into one model (docs/reconciling.md states the rules): the
 * structure from the facts with their words split off, then the words put back in. Given a
 * memo, a structure that the same split facts gave last time is used again: an edit that
 * changed only descriptions costs the describing alone.
 */
export function buildModel(pages: readonly PageFacts[], memo?: StructureMemo): ApiModel {
  const sorted = [...pages].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  const splits = sorted.map((page) => split(page, memo));
  const structures = splits.map((s) => s.structure);
  const reused = memo?.last !== undefined && sameStructures(memo.last.structures, structures) ? memo.last.model : undefined;
  const structure = reused ?? buildStructure(structures);
  if (memo) memo.last = { structures, model: structure };
  return describeModel(structure, textsOf(sorted, splits));
}

function split(page: PageFacts, memo: StructureMemo | undefined): SplitPage {
  const known = memo?.splits.get(page);
  if (known) return known;
  const made = splitProse(page);
  memo?.splits.set(page, made);
  return made;
}

/** Same pages with the same structure: an unchanged page is the very same object; a re-parsed one is compared in full. */
function sameStructures(before: readonly PageFacts[], now: readonly PageFacts[]): boolean {
  return before.length === now.length && now.every((page, index) => page === before[index] || sameData(page, before[index]));
}

/**
 * Equal as data: the same keys in the same order (an example body's key order reaches the
 * output), the same values. Prototypes do not count, unlike `util.isDeepStrictEqual`: the JSON
 * reader makes objects without one, and facts read back from the cache have the usual one.
 */
export function sameData(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return Number.isNaN(a) && Number.isNaN(b);
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const keys = Object.keys(a);
  const others = Object.keys(b);
  const left = a as Record<string, unknown>;
  const right = b as Record<string, unknown>;
  return keys.length === others.length && keys.every((key, index) => others[index] === key && sameData(left[key], right[key]));
}

function textsOf(pages: readonly PageFacts[], splits: readonly SplitPage[]): ProseTexts {
  const byFile = new Map(pages.map((page, index) => [page.file, splits[index]?.texts ?? []]));
  return (file, index) => byFile.get(file)?.[index];
}
