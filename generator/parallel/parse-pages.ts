import type { EncodedFacts } from '../cache/generate-caches.js';
import { decodeFacts, encodeFacts, factsKey, isEncodedFacts } from '../cache/generate-caches.js';
import type { KeyMemo } from '../cache/key-memo.js';
import { NO_KEY_MEMO } from '../cache/key-memo.js';
import type { RunCache } from '../cache/run-cache.js';
import type { PageFacts } from '../model/index.js';
import type { InputPage } from './parse-page-safely.js';
import { parsePageSafely } from './parse-page-safely.js';
import type { WorkerPool } from './worker-pool.js';
import type { ParseResult } from './worker-tasks.js';

/** Pages per task: small enough to keep both threads busy to the end, large enough that messaging costs little. */
const PAGES_PER_TASK = 24;

export interface ParsePagesOptions {
  /** Facts of pages parsed before, by content. */
  readonly cache: RunCache<EncodedFacts>;
  /** Worker threads to parse the cache's misses on, when it is worth starting them; closed once the pages are parsed. */
  readonly pool: (misses: number) => WorkerPool | undefined;
  readonly onPageParsed?: (done: number, total: number) => void;
  /**
   * Decoded facts of the previous run, by content key (watch mode): a long-lived session skips
   * decoding thousands of unchanged pages. Left holding this run's pages only.
   */
  readonly memo?: Map<string, PageFacts>;
  /** Content keys of the previous run (watch mode), so unchanged pages are not hashed again. */
  readonly keys?: KeyMemo;
  /** Told when a worker fails a task (which is then done on this thread), so a broken worker setup does not pass unnoticed. */
  readonly onWorkerError?: (error: Error) => void;
  /** Told when every page is parsed and decoding the workers' results begins (~0.4 s for the v1.0 pages), for a progress line. */
  readonly onDecoding?: () => void;
}

/** Parses a page here, encoding its facts only when a cache keeps them. */
function parseHere(page: InputPage, cache: RunCache<EncodedFacts>, key: string): PageFacts {
  const facts = parsePageSafely(page);
  if (cache.active) cache.set(key, encodeFacts(facts));
  return facts;
}

/**
 * Parses a batch on a worker (which sends each page's facts encoded, as the cache keeps them;
 * decoded later, see `parsePages`), or here when the worker failed: a parser crash is already
 * a diagnostic, so a dead worker is never the page's fault.
 */
async function parseOnWorker(pool: WorkerPool, pages: readonly InputPage[], keys: readonly string[], options: ParsePagesOptions): Promise<readonly (PageFacts | EncodedFacts)[]> {
  const { cache } = options;
  let encoded: ParseResult;
  try {
    encoded = await pool.run<ParseResult>({ kind: 'parse', pages });
    if (encoded.length !== pages.length) throw new Error(`md2ts worker thread answered ${encoded.length} pages' facts for ${pages.length}`);
  } catch (error) {
    options.onWorkerError?.(error as Error);
    return pages.map((page, i) => parseHere(page, cache, keys[i] as string));
  }
  encoded.forEach((bytes, i) => cache.set(keys[i] as string, bytes));
  return encoded;
}

/**
 * Every page's facts, in the order of `pages`: from the cache when the page's path and text
 * were seen before, else parsed (on worker threads when there are enough pages to pay for
 * starting them). Facts are plain data, so a worker's are the same as this thread's would be.
 */
export async function parsePages(pages: readonly InputPage[], options: ParsePagesOptions): Promise<PageFacts[]> {
  const { cache } = options;
  const facts: (PageFacts | undefined)[] = new Array<PageFacts | undefined>(pages.length);
  const keys = pages.map((page) => (options.keys ?? NO_KEY_MEMO).keyOf(page.file, page.text, factsKey));
  const misses: number[] = [];
  keys.forEach((key, index) => {
    const remembered = options.memo?.get(key);
    const cached = cache.get(key);
    if (remembered && cached) facts[index] = remembered;
    else if (cached) facts[index] = decodeFacts(cached);
    else misses.push(index);
  });
  let done = pages.length - misses.length;
  if (done > 0) options.onPageParsed?.(done, pages.length);
  const pool = options.pool(misses.length);
  if (!pool) {
    for (const index of misses) {
      facts[index] = parseHere(pages[index] as InputPage, cache, keys[index] as string);
      options.onPageParsed?.(++done, pages.length);
    }
    return remember(options.memo, keys, facts as PageFacts[]);
  }
  const results: (PageFacts | EncodedFacts | undefined)[] = [];
  const tasks: Promise<void>[] = [];
  for (let start = 0; start < misses.length; start += PAGES_PER_TASK) {
    const indexes = misses.slice(start, start + PAGES_PER_TASK);
    const batch = indexes.map((index) => pages[index] as InputPage);
    tasks.push(
      parseOnWorker(pool, batch, indexes.map((index) => keys[index] as string), options).then((parsed) => {
        indexes.forEach((index, i) => (results[index] = parsed[i]));
        done += indexes.length;
        options.onPageParsed?.(done, pages.length);
      }),
    );
  }
  await Promise.all(tasks);
  // Decoded only once the workers are gone: decoded facts are some forty times their encoding
  // (~45 MB for the v1.0 pages, see `EncodedFacts`), and held here beside the workers' heaps at their largest they
  // were part of the run's peak (~25 MB of it, measured; decoding costs the same either way).
  await pool.close();
  options.onDecoding?.();
  for (const index of misses) {
    const result = results[index] as PageFacts | EncodedFacts;
    facts[index] = isEncodedFacts(result) ? decodeFacts(result) : result;
  }
  return remember(options.memo, keys, facts as PageFacts[]);
}

function remember(memo: Map<string, PageFacts> | undefined, keys: readonly string[], facts: PageFacts[]): PageFacts[] {
  if (memo) {
    memo.clear();
    keys.forEach((key, index) => memo.set(key, facts[index] as PageFacts));
  }
  return facts;
}
