/** The members of EnrollmentState, by name. */
export const EnrollmentState = {
	unknown: "unknown",
	enrolled: "enrolled",
	pendingReset: "pendingReset",
	failed: "failed",
	notContacted: "notContacted",
	blocked: "blocked"
};
/** The members of ImportedDeviceIdentityType, by name. */
export const ImportedDeviceIdentityType = {
	unknown: "unknown",
	imei: "imei",
	serialNumber: "serialNumber"
};
/** The members of Platform, by name. */
export const Platform = {
	unknown: "unknown",
	ios: "ios",
	android: "android",
	windows: "windows",
	windowsMobile: "windowsMobile",
	macOS: "macOS"
};
