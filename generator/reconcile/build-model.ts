import type { ApiModel, PageFacts } from '../model/index.js';
import { shareUnchanged } from '../model/index.js';
import { buildStructure } from './build-structure.js';
import type { PageLines } from './operations/page-lines.js';
import { pageLines } from './operations/page-lines.js';
import type { DescribedMemo } from './prose/describe-model.js';
import { describeModel } from './prose/describe-model.js';
import type { SplitPage } from './prose/split-prose.js';
import { splitProse } from './prose/split-prose.js';
import { sameData } from '../model/same-data.js';

/**
 * What a watch session keeps between runs so that an edit of prose alone skips reconciling:
 * the last structure built and the split facts it was built from; and, for an edit that
 * changes structure, what reconciling reads from each page alone. `createStructureMemo`
 * makes one; a run without one reconciles from scratch.
 */
export interface StructureMemo {
  /** The split of a page's facts, kept while the facts object lives (the facts memo keeps unchanged pages' objects). */
  readonly splits: WeakMap<PageFacts, SplitPage>;
  /** A page's operations (`pageLines`), by its split facts: the same object while the page is unchanged. */
  readonly lines: WeakMap<PageFacts, PageLines>;
  /** Each declaration of the structure with its words in (`describeModel`). */
  readonly described: DescribedMemo;
  last: { readonly splitFacts: readonly PageFacts[]; readonly model: ApiModel } | undefined;
}

export function createStructureMemo(): StructureMemo {
  return { splits: new WeakMap(), lines: new WeakMap(), described: new WeakMap(), last: undefined };
}

/**
 * Merges the facts of every page into one model (docs/reconciling.md states the rules): the
 * structure from the facts with their words split off, then the words put back in. Given a
 * memo, a structure that the same split facts gave last time is used again: an edit that
 * changed only descriptions costs the describing alone. After an edit of structure, each
 * declaration equal to last run's is last run's object (`shareUnchanged`), and so is its
 * described form where its words are unchanged.
 */
export function buildModel(pages: readonly PageFacts[], memo?: StructureMemo): ApiModel {
  const sorted = [...pages].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  const texts = new Map<string, readonly string[]>();
  const splitFacts: PageFacts[] = [];
  const split = memo ? remembered(memo.splits, splitProse) : splitProse;
  for (const page of sorted) {
    const { structure, texts: words } = split(page);
    splitFacts.push(structure);
    texts.set(page.file, words);
  }
  // Two pages under one name (only the library API can pass them) cannot be told apart by a
  // reference: their facts are reconciled with the words in, which the describing passes through.
  if (texts.size !== sorted.length) return describeModel(buildStructure(sorted), new Map());
  if (memo === undefined) return describeModel(buildStructure(splitFacts), texts);
  const last = memo.last;
  // Rebuilt, every declaration is a new object: those equal to last run's become last run's, which the describing (and the emitters) know.
  const structure =
    last !== undefined && sameSplitFacts(last.splitFacts, splitFacts) ? last.model : shareUnchanged(last?.model, buildStructure(splitFacts, remembered(memo.lines, pageLines)));
  memo.last = { splitFacts, model: structure };
  return describeModel(structure, texts, memo.described);
}

/** `read`, remembering its result for each page object (the watch session's memos: an unchanged page keeps its object). */
function remembered<T>(known: WeakMap<PageFacts, T>, read: (page: PageFacts) => T): (page: PageFacts) => T {
  return (page) => {
    const hit = known.get(page);
    if (hit !== undefined) return hit;
    const made = read(page);
    known.set(page, made);
    return made;
  };
}

/** Same pages with the same structure: an unchanged page is the very same object; a re-parsed one is compared in full. */
function sameSplitFacts(before: readonly PageFacts[], now: readonly PageFacts[]): boolean {
  return before.length === now.length && now.every((page, index) => page === before[index] || sameData(page, before[index]));
}
