import { __begin, __end, __enter, __isForeignType, __isRecord, __leave, __odataTypeName, __report, __reportAt, __result } from "./_internal.js";
import { __checkImportedDeviceIdentityResult } from "./imported-device-identity-result.js";
import { __checkImportedDeviceIdentity } from "./imported-device-identity.js";
/**
* Checks a value as Entity, or as the derived type its `@odata.type` names.
* Other validators call it; the package index does not export it, nor do the declarations.
* @internal
*/
export function __checkEntity(value, ctx, key) {
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
