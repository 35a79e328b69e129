import { __OK, __begin, __describe, __end, __enter, __isDateTimeOffset, __isForeignType, __isRecord, __leave, __odataTypeName, __report, __reportAt, __result } from "./validators/_internal.js";
/** Checks a value as Entity, or as the derived type its `@odata.type` names; other validators of this module call it too. */
function __checkEntity(value, ctx, key) {
	if (!__isRecord(value)) return __report(ctx, key, "Entity object", value);
	const odataType = value["@odata.type"];
	if (odataType !== undefined && odataType !== null) {
		const typeName = __odataTypeName(odataType);
		switch (typeName) {
			case "entity": break;
			case "importedDeviceIdentity": return __checkImportedDeviceIdentity(value, ctx, key);
			case "importedDeviceIdentityResult": return __checkImportedDeviceIdentityResult(value, ctx, key);
			default: if (__isForeignType(typeName) && !__reportAt(ctx, key, "@odata.type", "microsoft.graph.entity or a type derived from it", odataType)) return false;
		}
	}
	if (!__enter(ctx, value, __checkEntity, key)) return true;
	const goOn = checkEntityProperties(value, ctx);
	__leave(ctx);
	return goOn;
}
/** Own and inherited properties, straight-line: absent and null are fine, unknown properties are ignored. */
function checkEntityProperties(value, ctx) {
	const p0 = value["id"];
	if (p0 !== undefined && p0 !== null && typeof p0 !== "string" && !__report(ctx, "id", "string", p0)) return false;
	return true;
}
/**
* Checks that a value is a valid Entity (`microsoft.graph.entity`): JSON types, enum members, formats, nested objects, and the derived type its `@odata.type` names.
* Returns every error, each with its JSON path; unknown properties and `@odata.*` control information are allowed.
*/
export function validateEntity(value, options) {
	const ctx = __begin(options, true);
	try {
		__checkEntity(value, ctx, "");
		return __result(ctx);
	} finally {
		__end(ctx);
	}
}
/** Whether a value is a valid Entity (`microsoft.graph.entity`), by the rules of `validateEntity` (stops at the first error). */
export function isEntity(value, options) {
	const ctx = __begin(options, false);
	try {
		return __checkEntity(value, ctx, "");
	} finally {
		__end(ctx);
	}
}
/** Checks a value as ImportedDeviceIdentity, or as the derived type its `@odata.type` names; other validators of this module call it too. */
function __checkImportedDeviceIdentity(value, ctx, key) {
	if (!__isRecord(value)) return __report(ctx, key, "ImportedDeviceIdentity object", value);
	const odataType = value["@odata.type"];
	if (odataType !== undefined && odataType !== null) {
		const typeName = __odataTypeName(odataType);
		switch (typeName) {
			case "importedDeviceIdentity": break;
			case "importedDeviceIdentityResult": return __checkImportedDeviceIdentityResult(value, ctx, key);
			default: if (__isForeignType(typeName) && !__reportAt(ctx, key, "@odata.type", "microsoft.graph.importedDeviceIdentity or a type derived from it", odataType)) return false;
		}
	}
	if (!__enter(ctx, value, __checkImportedDeviceIdentity, key)) return true;
	const goOn = checkImportedDeviceIdentityProperties(value, ctx);
	__leave(ctx);
	return goOn;
}
/** Own and inherited properties, straight-line: absent and null are fine, unknown properties are ignored. */
function checkImportedDeviceIdentityProperties(value, ctx) {
	const p0 = value["id"];
	if (p0 !== undefined && p0 !== null && typeof p0 !== "string" && !__report(ctx, "id", "string", p0)) return false;
	const p1 = value["importedDeviceIdentifier"];
	if (p1 !== undefined && p1 !== null && typeof p1 !== "string" && !__report(ctx, "importedDeviceIdentifier", "string", p1)) return false;
	const p2 = value["importedDeviceIdentityType"];
	if (p2 !== undefined && p2 !== null && !__isImportedDeviceIdentityTypeMember(p2, ctx.evolvable) && !__report(ctx, "importedDeviceIdentityType", __describeImportedDeviceIdentityType(ctx.evolvable), p2)) return false;
	const p3 = value["lastModifiedDateTime"];
	if (p3 !== undefined && p3 !== null && !__isDateTimeOffset(p3) && !__report(ctx, "lastModifiedDateTime", "DateTimeOffset (ISO 8601)", p3)) return false;
	const p4 = value["createdDateTime"];
	if (p4 !== undefined && p4 !== null && !__isDateTimeOffset(p4) && !__report(ctx, "createdDateTime", "DateTimeOffset (ISO 8601)", p4)) return false;
	const p5 = value["lastContactedDateTime"];
	if (p5 !== undefined && p5 !== null && !__isDateTimeOffset(p5) && !__report(ctx, "lastContactedDateTime", "DateTimeOffset (ISO 8601)", p5)) return false;
	const p6 = value["description"];
	if (p6 !== undefined && p6 !== null && typeof p6 !== "string" && !__report(ctx, "description", "string", p6)) return false;
	const p7 = value["enrollmentState"];
	if (p7 !== undefined && p7 !== null && !__isEnrollmentStateMember(p7, ctx.evolvable) && !__report(ctx, "enrollmentState", __describeEnrollmentState(ctx.evolvable), p7)) return false;
	const p8 = value["platform"];
	if (p8 !== undefined && p8 !== null && !__isPlatformMember(p8, ctx.evolvable) && !__report(ctx, "platform", __describePlatform(ctx.evolvable), p8)) return false;
	return true;
}
/**
* Checks that a value is a valid ImportedDeviceIdentity (`microsoft.graph.importedDeviceIdentity`): JSON types, enum members, formats, nested objects, and the derived type its `@odata.type` names.
* Returns every error, each with its JSON path; unknown properties and `@odata.*` control information are allowed.
*/
export function validateImportedDeviceIdentity(value, options) {
	const ctx = __begin(options, true);
	try {
		__checkImportedDeviceIdentity(value, ctx, "");
		return __result(ctx);
	} finally {
		__end(ctx);
	}
}
/** Whether a value is a valid ImportedDeviceIdentity (`microsoft.graph.importedDeviceIdentity`), by the rules of `validateImportedDeviceIdentity` (stops at the first error). */
export function isImportedDeviceIdentity(value, options) {
	const ctx = __begin(options, false);
	try {
		return __checkImportedDeviceIdentity(value, ctx, "");
	} finally {
		__end(ctx);
	}
}
/** Checks a value as ImportedDeviceIdentityResult, or as the derived type its `@odata.type` names; other validators of this module call it too. */
function __checkImportedDeviceIdentityResult(value, ctx, key) {
	if (!__isRecord(value)) return __report(ctx, key, "ImportedDeviceIdentityResult object", value);
	const odataType = value["@odata.type"];
	if (odataType !== undefined && odataType !== null) {
		const typeName = __odataTypeName(odataType);
		switch (typeName) {
			case "importedDeviceIdentityResult": break;
			default: if (__isForeignType(typeName) && !__reportAt(ctx, key, "@odata.type", "microsoft.graph.importedDeviceIdentityResult or a type derived from it", odataType)) return false;
		}
	}
	if (!__enter(ctx, value, __checkImportedDeviceIdentityResult, key)) return true;
	const goOn = checkImportedDeviceIdentityResultProperties(value, ctx);
	__leave(ctx);
	return goOn;
}
/** Own and inherited properties, straight-line: absent and null are fine, unknown properties are ignored. */
function checkImportedDeviceIdentityResultProperties(value, ctx) {
	const p0 = value["id"];
	if (p0 !== undefined && p0 !== null && typeof p0 !== "string" && !__report(ctx, "id", "string", p0)) return false;
	const p1 = value["importedDeviceIdentifier"];
	if (p1 !== undefined && p1 !== null && typeof p1 !== "string" && !__report(ctx, "importedDeviceIdentifier", "string", p1)) return false;
	const p2 = value["importedDeviceIdentityType"];
	if (p2 !== undefined && p2 !== null && !__isImportedDeviceIdentityTypeMember(p2, ctx.evolvable) && !__report(ctx, "importedDeviceIdentityType", __describeImportedDeviceIdentityType(ctx.evolvable), p2)) return false;
	const p3 = value["lastModifiedDateTime"];
	if (p3 !== undefined && p3 !== null && !__isDateTimeOffset(p3) && !__report(ctx, "lastModifiedDateTime", "DateTimeOffset (ISO 8601)", p3)) return false;
	const p4 = value["createdDateTime"];
	if (p4 !== undefined && p4 !== null && !__isDateTimeOffset(p4) && !__report(ctx, "createdDateTime", "DateTimeOffset (ISO 8601)", p4)) return false;
	const p5 = value["lastContactedDateTime"];
	if (p5 !== undefined && p5 !== null && !__isDateTimeOffset(p5) && !__report(ctx, "lastContactedDateTime", "DateTimeOffset (ISO 8601)", p5)) return false;
	const p6 = value["description"];
	if (p6 !== undefined && p6 !== null && typeof p6 !== "string" && !__report(ctx, "description", "string", p6)) return false;
	const p7 = value["enrollmentState"];
	if (p7 !== undefined && p7 !== null && !__isEnrollmentStateMember(p7, ctx.evolvable) && !__report(ctx, "enrollmentState", __describeEnrollmentState(ctx.evolvable), p7)) return false;
	const p8 = value["platform"];
	if (p8 !== undefined && p8 !== null && !__isPlatformMember(p8, ctx.evolvable) && !__report(ctx, "platform", __describePlatform(ctx.evolvable), p8)) return false;
	const p9 = value["status"];
	if (p9 !== undefined && p9 !== null && typeof p9 !== "boolean" && !__report(ctx, "status", "boolean", p9)) return false;
	return true;
}
/**
* Checks that a value is a valid ImportedDeviceIdentityResult (`microsoft.graph.importedDeviceIdentityResult`): JSON types, enum members, formats, nested objects, and the derived type its `@odata.type` names.
* Returns every error, each with its JSON path; unknown properties and `@odata.*` control information are allowed.
*/
export function validateImportedDeviceIdentityResult(value, options) {
	const ctx = __begin(options, true);
	try {
		__checkImportedDeviceIdentityResult(value, ctx, "");
		return __result(ctx);
	} finally {
		__end(ctx);
	}
}
/** Whether a value is a valid ImportedDeviceIdentityResult (`microsoft.graph.importedDeviceIdentityResult`), by the rules of `validateImportedDeviceIdentityResult` (stops at the first error). */
export function isImportedDeviceIdentityResult(value, options) {
	const ctx = __begin(options, false);
	try {
		return __checkImportedDeviceIdentityResult(value, ctx, "");
	} finally {
		__end(ctx);
	}
}
/** Whether a value is a member of EnrollmentState; members after `unknownFutureValue` only when `evolvable`. */
function __isEnrollmentStateMember(value, _evolvable) {
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
/** The `expected` text of an error about a value that is no EnrollmentState. */
function __describeEnrollmentState(_evolvable) {
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
/** Whether a value is a member of ImportedDeviceIdentityType; members after `unknownFutureValue` only when `evolvable`. */
function __isImportedDeviceIdentityTypeMember(value, _evolvable) {
	switch (value) {
		case "unknown":
		case "imei":
		case "serialNumber": return true;
		default: return false;
	}
}
/** The `expected` text of an error about a value that is no ImportedDeviceIdentityType. */
function __describeImportedDeviceIdentityType(_evolvable) {
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
/** Whether a value is a member of Platform; members after `unknownFutureValue` only when `evolvable`. */
function __isPlatformMember(value, _evolvable) {
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
/** The `expected` text of an error about a value that is no Platform. */
function __describePlatform(_evolvable) {
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
