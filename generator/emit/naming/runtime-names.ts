/**
 * The public names of the package's hand-written runtime modules (templates/client-runtime.ts.hbs,
 * templates/validator-runtime.ts.hbs). The emitters list them as exports, and naming keeps doc
 * types from taking them: a type called `RequestOptions` would clash in the index.
 */
export const CLIENT_RUNTIME_VALUES: readonly string[] = ['createClient', 'GraphRequestError', 'pageThrough'];
export const CLIENT_RUNTIME_TYPES: readonly string[] = [
  'ClientOptions',
  'CollectionPage',
  'FetchInit',
  'FetchLike',
  'FetchResponse',
  'GraphClient',
  'GraphRequest',
  'QueryParameters',
  'QueryValue',
  'RequestBody',
  'RequestOptions',
  'RetryOptions',
];
export const VALIDATOR_RUNTIME_TYPES: readonly string[] = ['ValidationResult', 'ValidationError', 'ValidateOptions'];
