import { __OK, __describe } from "./_internal.js";
/** @internal Whether a value is a member of EnrollmentState; members after `unknownFutureValue` only when `evolvable`. */
export function __isEnrollmentStateMember(value, _evolvable) {
	switch (value) {
		case "unknown":
		case "enrolled":
		case "pendingReset":
		case "failed":
		case "notContacted":
		case "blocked": return true;
		default: return false;
	}
}
/** @internal The `expected` text of an error about a value that is no EnrollmentState. */
export function __describeEnrollmentState(_evolvable) {
	return "one of \"unknown\" | \"enrolled\" | \"pendingReset\" | \"failed\" | \"notContacted\" | \"blocked\"";
}
/** Checks that a value is a member of EnrollmentState (`microsoft.graph.enrollmentState`); members after `unknownFutureValue` only with `acceptEvolvableMembers`. */
export function validateEnrollmentState(value, options) {
	const evolvable = options?.acceptEvolvableMembers === true;
	if (__isEnrollmentStateMember(value, evolvable)) return __OK;
	return {
		ok: false,
		errors: [{
			path: "",
			expected: __describeEnrollmentState(evolvable),
			received: __describe(value)
		}]
	};
}
/** Whether a value is a member of EnrollmentState (`microsoft.graph.enrollmentState`), by the rules of `validateEnrollmentState` (stops at the first error). */
export function isEnrollmentState(value, options) {
	return __isEnrollmentStateMember(value, options?.acceptEvolvableMembers === true);
}
