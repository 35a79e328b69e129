/** The members of Platform, by name. */
export const Platform = {
	unknown: "unknown",
	ios: "ios",
	android: "android",
	windows: "windows",
	windowsMobile: "windowsMobile",
	macOS: "macOS"
};
