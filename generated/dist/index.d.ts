export { GraphRequestError, createClient, pageThrough } from "./client/runtime.js";
export type { ClientOptions, CollectionPage, FetchInit, FetchLike, FetchResponse, GraphClient, GraphRequest, QueryParameters, QueryValue, RequestBody, RequestOptions, RetryOptions } from "./client/runtime.js";
export * from "./models.js";
export * from "./operations.js";
export * from "./primitives.js";
export * from "./validators.js";
export * from "./validators/runtime.js";
