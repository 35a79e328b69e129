/** The part of a `fetch` response the client reads; the platform `Response` satisfies it. */
export interface FetchResponse {
	readonly status: number;
	readonly headers: {
		get(name: string): string | null;
	};
	text(): Promise<string>;
	arrayBuffer(): Promise<ArrayBuffer>;
}
/** What the client passes to `fetch`; `null`, not absent, so the platform `RequestInit` accepts it under any strictness. */
export interface FetchInit {
	method: string;
	headers: Record<string, string>;
	body: string | ArrayBuffer | null;
	signal: AbortSignal | null;
}
/** A `fetch` the client can be given (a test double, a proxy-aware fetch); the platform `fetch` fits. */
export type FetchLike = (url: string, init: FetchInit) => Promise<FetchResponse>;
/** When and how long to wait before sending a throttled request again. */
export interface RetryOptions {
	/** Retries after the first attempt; 0 turns retrying off. Default 3. */
	readonly maxRetries?: number | undefined;
	/** Wait when the service gives no `Retry-After`, doubled on each retry. Default 1000 ms. */
	readonly baseDelayMs?: number | undefined;
	/** No wait is longer than this, whatever `Retry-After` asks. Default 60000 ms. */
	readonly maxDelayMs?: number | undefined;
	/** Waits `ms`; replaceable so tests need not wait. Rejects when the signal aborts. */
	readonly sleep?: ((ms: number, signal: AbortSignal | undefined) => Promise<void>) | undefined;
}
export interface ClientOptions {
	/** Service root the operation paths are relative to. */
	readonly baseUrl?: string | undefined;
	/** Default: the platform `fetch`. */
	readonly fetch?: FetchLike | undefined;
	/** Called before every attempt (tokens expire), sent as `Authorization: Bearer <token>`. */
	readonly getToken?: (() => string | Promise<string>) | undefined;
	/** Headers sent with every request. */
	readonly headers?: Readonly<Record<string, string>> | undefined;
	/** Retries on 429 and 503, the service's throttling answers. */
	readonly retry?: RetryOptions | undefined;
}
/** A query value; arrays are joined with commas, as OData's `$select=a,b` wants. */
export type QueryValue = string | number | boolean | readonly (string | number | boolean)[];
/** Query parameters by name; undefined values are left out. */
export type QueryParameters = Readonly<Record<string, QueryValue | undefined>>;
/**
* Per-request options. `Q` is the query options the docs list for the operation (`$select`,
* `$top`, `startDateTime`), typed; any other parameter may still be sent.
*/
export interface RequestOptions<Q extends object = QueryParameters> {
	readonly signal?: AbortSignal | undefined;
	/** Headers for this request only; they win over the client's. */
	readonly headers?: Readonly<Record<string, string>> | undefined;
	/** Query parameters such as `$select: ['id', 'displayName']`, `$filter`, `$top: 5`, `$count: true`. */
	readonly query?: Q & QueryParameters | undefined;
}
/** A request body: JSON for resources, raw bytes or text for `Stream` bodies. */
export type RequestBody = {
	readonly kind: "json";
	readonly value: unknown;
} | {
	readonly kind: "binary";
	readonly value: ArrayBuffer | string;
};
export interface GraphRequest {
	readonly method: string;
	/** Path relative to `baseUrl` with parameters already encoded, or an absolute URL (an `@odata.nextLink`). */
	readonly path: string;
	readonly body?: RequestBody | undefined;
	/** `arrayBuffer` for `Stream` responses, which are not text. Default `json`. */
	readonly responseType?: "json" | "arrayBuffer" | undefined;
	readonly options?: RequestOptions | undefined;
}
export interface GraphClient {
	readonly baseUrl: string;
	/**
	* Sends one request and returns its body: parsed JSON, text for other content, `undefined`
	* when there is none (204). `T` is what the caller was promised; nothing checks it.
	*/
	request<T>(request: GraphRequest): Promise<T>;
}
/** A collection result: the service pages collections and links the next page. */
export interface CollectionPage<T> {
	readonly value: readonly T[];
	readonly "@odata.nextLink"?: string | undefined;
	readonly "@odata.count"?: number | undefined;
}
/** The service answered with an error status; `code` and `requestId` are what support asks for. */
export declare class GraphRequestError extends Error {
	override readonly name: string;
	readonly status: number;
	readonly code: string | undefined;
	readonly requestId: string | undefined;
	/** The response body, parsed when it is JSON. */
	readonly body: unknown;
	constructor(status: number, code: string | undefined, message: string, requestId: string | undefined, body: unknown);
}
/** Creates a client; every request function takes one. */
export declare function createClient(options?: ClientOptions): GraphClient;
/** Encodes one path parameter value; a key inside `('…')` also doubles its quotes, as OData string literals do. */
export declare function encodePathParameter(value: string, quoted: boolean): string;
/**
* Every item of a collection, page after page, following `@odata.nextLink` until there is none:
* `for await (const item of pageThrough(client, listThings(client))) …`.
*/
export declare function pageThrough<T>(client: GraphClient, first: CollectionPage<T> | Promise<CollectionPage<T>>, options?: RequestOptions): AsyncGenerator<T, void, undefined>;
