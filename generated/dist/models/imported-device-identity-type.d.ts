/**
 * Service type `microsoft.graph.importedDeviceIdentityType`.
 * Documented in intune-enrollment-importeddeviceidentity-create.md:49:1 (and 1 more place).
 */
export type ImportedDeviceIdentityType = "unknown" | "imei" | "serialNumber";
/** The members of ImportedDeviceIdentityType, by name. */
export declare const ImportedDeviceIdentityType: {
    readonly unknown: "unknown";
    readonly imei: "imei";
    readonly serialNumber: "serialNumber";
};
