import { __OK, __describe } from "./_internal.js";
/** @internal Whether a value is a member of ImportedDeviceIdentityType; members after `unknownFutureValue` only when `evolvable`. */
export function __isImportedDeviceIdentityTypeMember(value, _evolvable) {
	switch (value) {
		case "unknown":
		case "imei":
		case "serialNumber": return true;
		default: return false;
	}
}
/** @internal The `expected` text of an error about a value that is no ImportedDeviceIdentityType. */
export function __describeImportedDeviceIdentityType(_evolvable) {
	return "one of \"unknown\" | \"imei\" | \"serialNumber\"";
}
/** Checks that a value is a member of ImportedDeviceIdentityType (`microsoft.graph.importedDeviceIdentityType`); members after `unknownFutureValue` only with `acceptEvolvableMembers`. */
export function validateImportedDeviceIdentityType(value, options) {
	const evolvable = options?.acceptEvolvableMembers === true;
	if (__isImportedDeviceIdentityTypeMember(value, evolvable)) return __OK;
	return {
		ok: false,
		errors: [{
			path: "",
			expected: __describeImportedDeviceIdentityType(evolvable),
			received: __describe(value)
		}]
	};
}
/** Whether a value is a member of ImportedDeviceIdentityType (`microsoft.graph.importedDeviceIdentityType`), by the rules of `validateImportedDeviceIdentityType` (stops at the first error). */
export function isImportedDeviceIdentityType(value, options) {
	return __isImportedDeviceIdentityTypeMember(value, options?.acceptEvolvableMembers === true);
}
