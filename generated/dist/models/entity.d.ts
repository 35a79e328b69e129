import type { AnyImportedDeviceIdentity } from './imported-device-identity.js';
/**
 * Service type `microsoft.graph.entity`.
 * Documented in intune-enrollment-importeddeviceidentity-create.md:47:1.
 */
export interface Entity {
    /** The value's type, `#microsoft.graph.x`, when the service says which derived type it is. */
    '@odata.type'?: string;
    id?: string | null;
}
/** Entity or any type derived from it. */
export type AnyEntity = Entity | AnyImportedDeviceIdentity;
