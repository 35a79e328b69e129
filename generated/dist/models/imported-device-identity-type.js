/** The members of ImportedDeviceIdentityType, by name. */
export const ImportedDeviceIdentityType = {
	unknown: "unknown",
	imei: "imei",
	serialNumber: "serialNumber"
};
