/**
 * The wire formats of the Edm primitives as regular-expression sources, written once and used
 * twice: by the emitted validators (`validator-internal.ts.hbs`) and as `pattern`s in
 * `openapi.json`, so a JSON Schema validator and ours give the same verdict on the same value.
 * Sources avoid `/` outside escapes so they can also be written as regex literals.
 */
export const EDM_PATTERNS = {
  /** RFC 3339 with a mandatory offset, as Graph sends `DateTimeOffset` (`2017-01-01T00:00:27.4696173Z`). */
  dateTimeOffset: String.raw`^\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])[Tt](?:[01]\d|2[0-3]):[0-5]\d:(?:[0-5]\d|60)(?:\.\d+)?(?:[Zz]|[+-](?:[01]\d|2[0-3]):[0-5]\d)$`,
  date: String.raw`^\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])$`,
  /**
   * OData `TimeOfDay` has no offset (`08:00:00.0000000`, workingHours.md), unlike JSON Schema's
   * `format: time` (RFC 3339 full-time), which is why the schema carries this pattern instead.
   */
  timeOfDay: String.raw`^(?:[01]\d|2[0-3]):[0-5]\d:[0-5]\d(?:\.\d+)?$`,
  /**
   * OData `Duration`: a sign and fractional seconds are allowed (`-PT0.0145S`, callrecords
   * streams), which JSON Schema's `format: duration` (RFC 3339 appendix A) does not allow.
   * At least one component, and a `T` only before a time component.
   */
  duration: String.raw`^-?P(?=\d|T\d)(?:\d+Y)?(?:\d+M)?(?:\d+W)?(?:\d+D)?(?:T(?=\d)(?:\d+H)?(?:\d+M)?(?:\d+(?:\.\d+)?S)?)?$`,
  guid: String.raw`^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$`,
  /**
   * Base64 in quads, either alphabet (OData JSON says base64url, Graph mostly sends base64),
   * the last quad short by its padding or, unpadded, by the padding's length.
   */
  binary: String.raw`^(?:[A-Za-z0-9+\/_-]{4})*(?:[A-Za-z0-9+\/_-]{2}(?:==)?|[A-Za-z0-9+\/_-]{3}=?)?$`,
  /** Int64 beyond 2^53 cannot be a JSON number exactly, so Graph may send it as a string of digits. */
  int64String: String.raw`^-?\d+$`,
} as const;

/** The integer ranges of the sized Edm integers (Int64 is any integer, or a string of digits). */
export const EDM_INTEGER_RANGES = {
  Byte: { minimum: 0, maximum: 255 },
  SByte: { minimum: -128, maximum: 127 },
  Int16: { minimum: -32768, maximum: 32767 },
  Int32: { minimum: -2147483648, maximum: 2147483647 },
} as const;
