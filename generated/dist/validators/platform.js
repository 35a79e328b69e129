import { __OK, __describe } from "./_internal.js";
/** @internal Whether a value is a member of Platform; members after `unknownFutureValue` only when `evolvable`. */
export function __isPlatformMember(value, _evolvable) {
	switch (value) {
		case "unknown":
		case "ios":
		case "android":
		case "windows":
		case "windowsMobile":
		case "macOS": return true;
		default: return false;
	}
}
/** @internal The `expected` text of an error about a value that is no Platform. */
export function __describePlatform(_evolvable) {
	return "one of \"unknown\" | \"ios\" | \"android\" | \"windows\" | \"windowsMobile\" | \"macOS\"";
}
/** Checks that a value is a member of Platform (`microsoft.graph.platform`); members after `unknownFutureValue` only with `acceptEvolvableMembers`. */
export function validatePlatform(value, options) {
	const evolvable = options?.acceptEvolvableMembers === true;
	if (__isPlatformMember(value, evolvable)) return __OK;
	return {
		ok: false,
		errors: [{
			path: "",
			expected: __describePlatform(evolvable),
			received: __describe(value)
		}]
	};
}
/** Whether a value is a member of Platform (`microsoft.graph.platform`), by the rules of `validatePlatform` (stops at the first error). */
export function isPlatform(value, options) {
	return __isPlatformMember(value, options?.acceptEvolvableMembers === true);
}
