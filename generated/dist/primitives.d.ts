/** A date and time with a time-zone offset, ISO 8601: `2017-01-01T00:00:27.4696173+00:00` or `…Z`. */
export type DateTimeOffset = string;
/** A calendar date, ISO 8601: `2021-07-16`. */
export type Date = string;
/** A time of day, ISO 8601: `13:45:00` or `13:45:00.0000000`. */
export type TimeOfDay = string;
/** A duration, ISO 8601: `PT1H30M`, `P1D`. */
export type Duration = string;
/** A GUID: `d450c1e2-c1e2-d450-e2c1-50d4e2c150d4`. */
export type Guid = string;
/** Binary data, base64-encoded. */
export type Binary = string;
/** A 64-bit integer. JSON numbers lose precision past 2^53. */
export type Int64 = number;
/** A decimal number. */
export type Decimal = number;
/** A 32-bit signed integer. */
export type Int32 = number;
/** A 16-bit signed integer. */
export type Int16 = number;
/** An 8-bit unsigned integer. */
export type Byte = number;
/** An 8-bit signed integer. */
export type SByte = number;
/** A single-precision floating point number. */
export type Single = number;
/** A double-precision floating point number. */
export type Double = number;
