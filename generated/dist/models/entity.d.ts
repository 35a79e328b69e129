import type { ImportedDeviceIdentityResult } from "./imported-device-identity-result.js";
import type { ImportedDeviceIdentity } from "./imported-device-identity.js";
/**
* Service type `microsoft.graph.entity`.
* Documented in intune-enrollment-importeddeviceidentity-create.md:47:1.
*/
export interface Entity {
	/** The value's type, `#microsoft.graph.x`, when the service says which derived type it is. */
	"@odata.type"?: string;
	id?: string | null;
}
/** Entity or any type derived from it, tagged by `@odata.type` so a `switch` on it narrows. */
export type AnyEntity = (Entity & {
	"@odata.type"?: "#microsoft.graph.entity";
}) | (ImportedDeviceIdentity & {
	"@odata.type": "#microsoft.graph.importedDeviceIdentity";
}) | (ImportedDeviceIdentityResult & {
	"@odata.type": "#microsoft.graph.importedDeviceIdentityResult";
});
