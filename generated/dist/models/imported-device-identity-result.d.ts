import type { ImportedDeviceIdentity } from "./imported-device-identity.js";
/**
* Service type `microsoft.graph.importedDeviceIdentityResult`.
* Documented in intune-enrollment-importeddeviceidentityresult-create.md:37:1 (and 2 more places).
*/
export interface ImportedDeviceIdentityResult extends ImportedDeviceIdentity {
	/** Status of imported device identity */
	status?: boolean | null;
}
/** ImportedDeviceIdentityResult or any type derived from it, tagged by `@odata.type` so a `switch` on it narrows. */
export type AnyImportedDeviceIdentityResult = ImportedDeviceIdentityResult;
