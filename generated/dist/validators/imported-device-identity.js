import { __begin, __end, __enter, __isDateTimeOffset, __isForeignType, __isRecord, __leave, __odataTypeName, __report, __reportAt, __result } from "./_internal.js";
import { __describeEnrollmentState, __isEnrollmentStateMember } from "./enrollment-state.js";
import { __checkImportedDeviceIdentityResult } from "./imported-device-identity-result.js";
import { __describeImportedDeviceIdentityType, __isImportedDeviceIdentityTypeMember } from "./imported-device-identity-type.js";
import { __describePlatform, __isPlatformMember } from "./platform.js";
/**
* Checks a value as ImportedDeviceIdentity, or as the derived type its `@odata.type` names.
* Other validators call it; the package index does not export it, nor do the declarations.
* @internal
*/
export function __checkImportedDeviceIdentity(value, ctx, key) {
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
