/**
 * Service type `microsoft.graph.importedDeviceIdentityType`.
 * Documented in intune-enrollment-importeddeviceidentity-create.md:49:1 (and 1 more place).
 */
export type ImportedDeviceIdentityType = "unknown" | "imei" | "serialNumber";

/** The members of ImportedDeviceIdentityType, by name. */
export const ImportedDeviceIdentityType = {
  unknown: "unknown",
  imei: "imei",
  serialNumber: "serialNumber",
} as const;
