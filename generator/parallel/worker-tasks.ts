import type { EncodedFacts } from '../cache/generate-caches.js';
import type { InputPage } from './parse-page-safely.js';

/** What the main thread asks a worker to do: plain data, copied across by structured clone. */
export type WorkerTask = { readonly kind: 'parse'; readonly pages: readonly InputPage[] };

/** Each page's facts, encoded as the cache keeps them: the main thread decodes and caches the same bytes. */
export type ParseResult = readonly EncodedFacts[];

export type WorkerReply = { readonly id: number; readonly result: unknown } | { readonly id: number; readonly error: string };
