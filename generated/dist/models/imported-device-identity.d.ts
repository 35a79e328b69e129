import type { EnrollmentState } from "./enrollment-state.js";
import type { Entity } from "./entity.js";
import type { ImportedDeviceIdentityResult } from "./imported-device-identity-result.js";
import type { ImportedDeviceIdentityType } from "./imported-device-identity-type.js";
import type { Platform } from "./platform.js";
import type { DateTimeOffset } from "../primitives.js";
/**
* Service type `microsoft.graph.importedDeviceIdentity`.
* Documented in intune-enrollment-importeddeviceidentity-create.md:45:1 (and 11 more places).
*/
export interface ImportedDeviceIdentity extends Entity {
	/** Imported Device Identifier */
	importedDeviceIdentifier?: string | null;
	/** Type of Imported Device Identity Possible values are: unknown, imei, serialNumber. */
	importedDeviceIdentityType?: ImportedDeviceIdentityType | null;
	/** Last Modified DateTime of the description */
	lastModifiedDateTime?: DateTimeOffset | null;
	/** Created Date Time of the device */
	createdDateTime?: DateTimeOffset | null;
	/** Last Contacted Date Time of the device */
	lastContactedDateTime?: DateTimeOffset | null;
	/** The description of the device */
	description?: string | null;
	/** The state of the device in Intune Possible values are: unknown, enrolled, pendingReset, failed, notContacted. */
	enrollmentState?: EnrollmentState | null;
	/** The platform of the Device. Possible values are: unknown, ios, android, windows, windowsMobile, macOS. */
	platform?: Platform | null;
}
/** ImportedDeviceIdentity or any type derived from it, tagged by `@odata.type` so a `switch` on it narrows. */
export type AnyImportedDeviceIdentity = (ImportedDeviceIdentity & {
	"@odata.type"?: "#microsoft.graph.importedDeviceIdentity";
}) | (ImportedDeviceIdentityResult & {
	"@odata.type": "#microsoft.graph.importedDeviceIdentityResult";
});
