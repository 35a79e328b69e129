const newContext = () => ({
	busy: false,
	collect: true,
	evolvable: false,
	errors: undefined,
	path: [],
	visiting: []
});
const shared = newContext();
/** The result of every successful `validate…` call: frozen, since it is shared. */
export const __OK = Object.freeze({ ok: true });
/** Starts a run; a nested run (from a getter) gets its own context. */
export function __begin(options, collect) {
	const ctx = shared.busy ? newContext() : shared;
	ctx.busy = true;
	ctx.collect = collect;
	ctx.evolvable = options?.acceptEvolvableMembers === true;
	return ctx;
}
/** The outcome of a collecting run. */
export function __result(ctx) {
	return ctx.errors === undefined ? __OK : {
		ok: false,
		errors: ctx.errors
	};
}
/** Ends a run, also one cut short by an `is…` failure or a throwing getter, so the shared context is clean. */
export function __end(ctx) {
	ctx.busy = false;
	ctx.errors = undefined;
	ctx.path.length = 0;
	ctx.visiting.length = 0;
}
/** Records an error at `key` below the current path; returns whether checking should go on. */
export function __report(ctx, key, expected, value) {
	if (!ctx.collect) return false;
	(ctx.errors ??= []).push({
		path: appendPath(formatPath(ctx.path), key),
		expected,
		received: __describe(value)
	});
	return true;
}
/** Records an error two segments below the current path (an array item, or `@odata.type` of an object). */
export function __reportAt(ctx, key, inner, expected, value) {
	if (!ctx.collect) return false;
	(ctx.errors ??= []).push({
		path: appendPath(appendPath(formatPath(ctx.path), key), inner),
		expected,
		received: __describe(value)
	});
	return true;
}
function appendPath(path, segment) {
	if (typeof segment === "number") return `${path}[${segment}]`;
	if (segment === "") return path;
	return path === "" ? segment : `${path}.${segment}`;
}
function formatPath(segments) {
	let path = "";
	for (const segment of segments) path = appendPath(path, segment);
	return path;
}
/** Enters an object as one type, unless it is already being checked as that type (a cycle). */
export function __enter(ctx, value, checker, key) {
	const visiting = ctx.visiting;
	for (let i = 0; i < visiting.length; i += 2) {
		if (visiting[i] === value && visiting[i + 1] === checker) return false;
	}
	visiting.push(value, checker);
	ctx.path.push(key);
	return true;
}
export function __leave(ctx) {
	ctx.visiting.pop();
	ctx.visiting.pop();
	ctx.path.pop();
}
/** A short rendering of a value for `ValidationError.received`. */
export function __describe(value) {
	if (value === null) return "null";
	if (Array.isArray(value)) return "array";
	switch (typeof value) {
		case "string": return JSON.stringify(value.length > 60 ? `${value.slice(0, 60)}…` : value);
		case "number":
		case "boolean":
		case "bigint": return `${typeof value} ${String(value)}`;
		default: return typeof value;
	}
}
/** A JSON object (not null, not an array). */
export function __isRecord(value) {
	return typeof value === "object" && value !== null && !Array.isArray(value);
}
/** `Array.isArray`, narrowing to `unknown[]` rather than `any[]` so items stay unchecked-until-checked. */
export function __isArray(value) {
	return Array.isArray(value);
}
/** A property whose name `Object.prototype` also has (`constructor`…): only an own one counts. */
export function __own(value, key) {
	return Object.prototype.hasOwnProperty.call(value, key) ? value[key] : undefined;
}
const ROOT_PREFIX = "microsoft.graph.";
/**
* `@odata.type` reduced to the form the validators switch on: without the leading `#` and the
* root namespace (`#microsoft.graph.user` → `user`, `microsoft.graph.callRecords.session` →
* `callRecords.session`); undefined when it is not a string.
*/
export function __odataTypeName(odataType) {
	if (typeof odataType !== "string") return undefined;
	const start = odataType.charCodeAt(0) === 35 ? 1 : 0;
	if (odataType.startsWith(ROOT_PREFIX, start)) return odataType.slice(start + ROOT_PREFIX.length);
	return start === 0 ? odataType : odataType.slice(1);
}
/** Every type this package knows, in `__odataTypeName` form. */
const KNOWN_TYPES = new Set([
	"enrollmentState",
	"entity",
	"importedDeviceIdentity",
	"importedDeviceIdentityResult",
	"importedDeviceIdentityType",
	"platform"
]);
/**
* Whether an `@odata.type` that is neither the expected type nor derived from it is an error.
* A type this package knows is: it is known to be unrelated. A type it does not know is
* accepted (and the value checked as the expected type), because Graph adds derived types
* over time and an older package must keep accepting their values. Not a string: an error.
*/
export function __isForeignType(typeName) {
	return typeName === undefined || KNOWN_TYPES.has(typeName);
}
// Formats. Compiled once, here; ranges are checked where a regex can do it cheaply. The same
// sources are the `pattern`s of openapi.json, so a JSON Schema validator agrees with these.
const DATE_TIME_OFFSET = /^\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])[Tt](?:[01]\d|2[0-3]):[0-5]\d:(?:[0-5]\d|60)(?:\.\d+)?(?:[Zz]|[+-](?:[01]\d|2[0-3]):[0-5]\d)$/;
const DATE = /^\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])$/;
const TIME_OF_DAY = /^(?:[01]\d|2[0-3]):[0-5]\d:[0-5]\d(?:\.\d+)?$/;
// At least one component, and a `T` only before a time component: `PT1H30M`, `P1D`, `-PT5S`.
const DURATION = /^-?P(?=\d|T\d)(?:\d+Y)?(?:\d+M)?(?:\d+W)?(?:\d+D)?(?:T(?=\d)(?:\d+H)?(?:\d+M)?(?:\d+(?:\.\d+)?S)?)?$/;
const GUID = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;
// OData JSON specifies base64url, Graph mostly sends base64: either alphabet, padding optional.
const BASE64 = /^(?:[A-Za-z0-9+\/_-]{4})*(?:[A-Za-z0-9+\/_-]{2}(?:==)?|[A-Za-z0-9+\/_-]{3}=?)?$/;
const INT64_STRING = /^-?\d+$/;
export function __isDateTimeOffset(value) {
	return typeof value === "string" && DATE_TIME_OFFSET.test(value);
}
export function __isDate(value) {
	return typeof value === "string" && DATE.test(value);
}
export function __isTimeOfDay(value) {
	return typeof value === "string" && TIME_OF_DAY.test(value);
}
export function __isDuration(value) {
	return typeof value === "string" && DURATION.test(value);
}
export function __isGuid(value) {
	return typeof value === "string" && GUID.test(value);
}
export function __isBinary(value) {
	return typeof value === "string" && BASE64.test(value);
}
/** Int64 beyond 2^53 cannot be a JSON number exactly, so Graph may send it as a string of digits. */
export function __isInt64(value) {
	return typeof value === "number" ? Number.isInteger(value) : typeof value === "string" && INT64_STRING.test(value);
}
export function __isInt32(value) {
	return typeof value === "number" && (value | 0) === value;
}
export function __isInt16(value) {
	return typeof value === "number" && Number.isInteger(value) && value >= -32768 && value <= 32767;
}
export function __isByte(value) {
	return typeof value === "number" && Number.isInteger(value) && value >= 0 && value <= 255;
}
export function __isSByte(value) {
	return typeof value === "number" && Number.isInteger(value) && value >= -128 && value <= 127;
}
/** Single, Double, Decimal: any finite number (JSON has no NaN or Infinity). */
export function __isFiniteNumber(value) {
	return Number.isFinite(value);
}
