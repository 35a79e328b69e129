import type { ValidateOptions, ValidationError, ValidationResult } from "./runtime.js";
/** Checks one value as one type, reporting errors at `key` below the current path; false means "stop now". */
export type __Check = (value: unknown, ctx: __Context, key: string | number) => boolean;
/** The state of one validation run. One shared instance is reused, so a run that succeeds allocates nothing. */
export interface __Context {
	/** Whether the run is in progress (a getter may call a validator from inside another run). */
	busy: boolean;
	/** `validate…` collects every error; `is…` stops at the first. */
	collect: boolean;
	/** `ValidateOptions.acceptEvolvableMembers`. */
	evolvable: boolean;
	/** Created on the first error only. */
	errors: ValidationError[] | undefined;
	/** Path segments of the object being checked: property names and array indexes ('' for the root). */
	readonly path: (string | number)[];
	/** Pairs (object, checker) being checked, so a cyclic value is checked once per type, not forever. */
	readonly visiting: unknown[];
}
/** The result of every successful `validate…` call: frozen, since it is shared. */
export declare const __OK: ValidationResult;
/** Starts a run; a nested run (from a getter) gets its own context. */
export declare function __begin(options: ValidateOptions | undefined, collect: boolean): __Context;
/** The outcome of a collecting run. */
export declare function __result(ctx: __Context): ValidationResult;
/** Ends a run, also one cut short by an `is…` failure or a throwing getter, so the shared context is clean. */
export declare function __end(ctx: __Context): void;
/** Records an error at `key` below the current path; returns whether checking should go on. */
export declare function __report(ctx: __Context, key: string | number, expected: string, value: unknown): boolean;
/** Records an error two segments below the current path (an array item, or `@odata.type` of an object). */
export declare function __reportAt(ctx: __Context, key: string | number, inner: string | number, expected: string, value: unknown): boolean;
/** Enters an object as one type, unless it is already being checked as that type (a cycle). */
export declare function __enter(ctx: __Context, value: object, checker: __Check, key: string | number): boolean;
export declare function __leave(ctx: __Context): void;
/** A short rendering of a value for `ValidationError.received`. */
export declare function __describe(value: unknown): string;
/** A JSON object (not null, not an array). */
export declare function __isRecord(value: unknown): value is Record<string, unknown>;
/** `Array.isArray`, narrowing to `unknown[]` rather than `any[]` so items stay unchecked-until-checked. */
export declare function __isArray(value: unknown): value is readonly unknown[];
/** A property whose name `Object.prototype` also has (`constructor`…): only an own one counts. */
export declare function __own(value: Record<string, unknown>, key: string): unknown;
/**
* `@odata.type` reduced to the form the validators switch on: without the leading `#` and the
* root namespace (`#microsoft.graph.user` → `user`, `microsoft.graph.callRecords.session` →
* `callRecords.session`); undefined when it is not a string.
*/
export declare function __odataTypeName(odataType: unknown): string | undefined;
/**
* Whether an `@odata.type` that is neither the expected type nor derived from it is an error.
* A type this package knows is: it is known to be unrelated. A type it does not know is
* accepted (and the value checked as the expected type), because Graph adds derived types
* over time and an older package must keep accepting their values. Not a string: an error.
*/
export declare function __isForeignType(typeName: string | undefined): boolean;
export declare function __isDateTimeOffset(value: unknown): boolean;
export declare function __isDate(value: unknown): boolean;
export declare function __isTimeOfDay(value: unknown): boolean;
export declare function __isDuration(value: unknown): boolean;
export declare function __isGuid(value: unknown): boolean;
export declare function __isBinary(value: unknown): boolean;
/** Int64 beyond 2^53 cannot be a JSON number exactly, so Graph may send it as a string of digits. */
export declare function __isInt64(value: unknown): boolean;
export declare function __isInt32(value: unknown): boolean;
export declare function __isInt16(value: unknown): boolean;
export declare function __isByte(value: unknown): boolean;
export declare function __isSByte(value: unknown): boolean;
/** Single, Double, Decimal: any finite number (JSON has no NaN or Infinity). */
export declare function __isFiniteNumber(value: unknown): boolean;
