/** The service answered with an error status; `code` and `requestId` are what support asks for. */
export class GraphRequestError extends Error {
	name = "GraphRequestError";
	status;
	code;
	requestId;
	/** The response body, parsed when it is JSON. */
	body;
	constructor(status, code, message, requestId, body) {
		super(message);
		this.status = status;
		this.code = code;
		this.requestId = requestId;
		this.body = body;
	}
}
const DEFAULT_BASE_URL = "https://graph.microsoft.com/v1.0";
/** Creates a client; every request function takes one. */
export function createClient(options = {}) {
	const baseUrl = (options.baseUrl ?? DEFAULT_BASE_URL).replace(/\/+$/, "");
	// Called through a closure: a detached `fetch` throws "Illegal invocation" in browsers.
	const send = options.fetch ?? ((url, init) => globalThis.fetch(url, init));
	const retry = options.retry ?? {};
	const maxRetries = retry.maxRetries ?? 3;
	const sleep = retry.sleep ?? abortableSleep;
	const request = async (req) => {
		const url = buildUrl(baseUrl, req.path, req.options?.query);
		const signal = req.options?.signal;
		for (let attempt = 0;; attempt++) {
			const headers = await buildHeaders(options, req);
			const response = await send(url, {
				method: req.method,
				headers,
				body: encodeBody(req.body),
				signal: signal ?? null
			});
			if (response.status < 400) return await readBody(response, req.responseType);
			const text = await response.text();
			if (attempt < maxRetries && isRetryable(response.status)) {
				await sleep(retryDelay(response.headers.get("retry-after"), attempt, retry), signal);
				continue;
			}
			throw toRequestError(response, text);
		}
	};
	return {
		baseUrl,
		request
	};
}
/** Throttling (429) and unavailable (503) are the answers the service asks to retry. */
function isRetryable(status) {
	return status === 429 || status === 503;
}
/** `Retry-After` in seconds or as an HTTP date; without it, exponential backoff. Capped either way. */
function retryDelay(header, attempt, retry) {
	const max = retry.maxDelayMs ?? 6e4;
	const fallback = (retry.baseDelayMs ?? 1e3) * 2 ** attempt;
	let ms = fallback;
	if (header !== null && /^\s*\d+\s*$/.test(header)) ms = Number(header) * 1e3;
	else if (header !== null && !Number.isNaN(Date.parse(header))) ms = Date.parse(header) - Date.now();
	return Math.min(Math.max(ms, 0), max);
}
function abortableSleep(ms, signal) {
	return new Promise((resolve, reject) => {
		if (signal?.aborted) return reject(signal.reason);
		const onAbort = () => {
			clearTimeout(timer);
			reject(signal?.reason);
		};
		const timer = setTimeout(() => {
			signal?.removeEventListener("abort", onAbort);
			resolve();
		}, ms);
		signal?.addEventListener("abort", onAbort, { once: true });
	});
}
/** Encodes one path parameter value; a key inside `('…')` also doubles its quotes, as OData string literals do. */
export function encodePathParameter(value, quoted) {
	return encodeURIComponent(quoted ? value.replace(/'/g, "''") : value);
}
/**
* Encodes a query name or value as OData writes it: `$select=id,displayName`, `$filter=startswith(name,'a')`.
* `$ , : / @` are legal in a query (RFC 3986) and stay readable; `& = + # %` and spaces are encoded.
*/
function encodeQueryComponent(text) {
	return encodeURIComponent(text).replace(/%(24|2C|3A|2F|40)/gi, (escape) => decodeURIComponent(escape));
}
function buildUrl(baseUrl, path, query) {
	const url = /^https?:\/\//i.test(path) ? path : `${baseUrl}${path.startsWith("/") ? "" : "/"}${path}`;
	const pairs = [];
	for (const [key, value] of Object.entries(query ?? {})) {
		if (value === undefined) continue;
		const text = Array.isArray(value) ? value.join(",") : String(value);
		pairs.push(`${encodeQueryComponent(key)}=${encodeQueryComponent(text)}`);
	}
	if (pairs.length === 0) return url;
	return `${url}${url.includes("?") ? "&" : "?"}${pairs.join("&")}`;
}
/** Header names are case-insensitive: lower-casing them lets later sources replace earlier ones. */
async function buildHeaders(options, req) {
	// Bytes (`Stream` results) come in whatever type the resource has; everything else is JSON.
	const headers = { accept: req.responseType === "arrayBuffer" ? "*/*" : "application/json" };
	const add = (source) => {
		for (const [name, value] of Object.entries(source ?? {})) headers[name.toLowerCase()] = value;
	};
	add(options.headers);
	if (options.getToken) headers["authorization"] = `Bearer ${await options.getToken()}`;
	if (req.body?.kind === "json") headers["content-type"] = "application/json";
	if (req.body?.kind === "binary") headers["content-type"] = "application/octet-stream";
	add(req.options?.headers);
	return headers;
}
function encodeBody(body) {
	if (body === undefined) return null;
	return body.kind === "json" ? JSON.stringify(body.value) : body.value;
}
async function readBody(response, responseType) {
	if (response.status === 204) return undefined;
	if (responseType === "arrayBuffer") return response.arrayBuffer();
	const text = await response.text();
	if (text === "") return undefined;
	return isJson(response) ? JSON.parse(text) : text;
}
function isJson(response) {
	const type = response.headers.get("content-type") ?? "";
	return /[/+]json\b/i.test(type);
}
function parseJson(text) {
	try {
		return JSON.parse(text);
	} catch {
		return undefined;
	}
}
function field(value, key) {
	return typeof value === "object" && value !== null ? value[key] : undefined;
}
function stringField(value, key) {
	const found = field(value, key);
	return typeof found === "string" ? found : undefined;
}
/** Reads the service's error body, `{ error: { code, message, innerError: { 'request-id' } } }`. */
function toRequestError(response, text) {
	const body = parseJson(text) ?? (text === "" ? undefined : text);
	const error = field(body, "error");
	const inner = field(error, "innerError") ?? field(error, "innererror");
	const code = stringField(error, "code");
	const message = stringField(error, "message") ?? `HTTP ${response.status}${text === "" ? "" : `: ${text.slice(0, 200)}`}`;
	const requestId = stringField(inner, "request-id") ?? response.headers.get("request-id") ?? undefined;
	return new GraphRequestError(response.status, code, message, requestId, body);
}
/**
* Every item of a collection, page after page, following `@odata.nextLink` until there is none:
* `for await (const item of pageThrough(client, listThings(client))) …`.
*/
export async function* pageThrough(client, first, options) {
	// The next link already carries the query of the first request: only headers and signal go on.
	const next = {
		signal: options?.signal,
		headers: options?.headers
	};
	for (let page = await first; page !== undefined;) {
		yield* page.value;
		const link = page["@odata.nextLink"];
		page = link === undefined ? undefined : await client.request({
			method: "GET",
			path: link,
			options: next
		});
	}
}
