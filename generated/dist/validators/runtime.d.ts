/** One problem found in a value: where, what the docs expect there, and what was there. */
export interface ValidationError {
	/** JSON path from the validated value, e.g. `assignments[3].target.groupId`; empty for the value itself. */
	path: string;
	/** What the docs expect, e.g. `boolean`, `DateTimeOffset (ISO 8601)`, `one of "a" | "b"`. */
	expected: string;
	/** A short rendering of the actual value, e.g. `"String"`, `number 3`, `array`. */
	received: string;
}
/** The outcome of a `validate…` call: every error found, or none. */
export type ValidationResult = {
	ok: true;
} | {
	ok: false;
	errors: ValidationError[];
};
export interface ValidateOptions {
	/**
	* Accept enum members listed after `unknownFutureValue`. Graph sends those only to clients
	* that opt in (the `Prefer: include-unknown-enum-members` header), so they are rejected by default.
	*/
	acceptEvolvableMembers?: boolean;
}
