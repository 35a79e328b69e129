/**
* Service type `microsoft.graph.importedDeviceIdentityType`.
* Documented in intune-enrollment-importeddeviceidentity-create.md:49:1 (and 1 more place).
*/
export type ImportedDeviceIdentityType = "unknown" | "imei" | "serialNumber";
/**
* ImportedDeviceIdentityType, open to members the docs do not list yet: the service adds members over time
* (after `unknownFutureValue`), so callers that must not break on a new value opt into this form.
*/
export type ImportedDeviceIdentityTypeOpen = ImportedDeviceIdentityType | (string & {});
/** The members of ImportedDeviceIdentityType, by name. */
export declare const ImportedDeviceIdentityType: {
	readonly unknown: "unknown";
	readonly imei: "imei";
	readonly serialNumber: "serialNumber";
};
