/**
* Service type `microsoft.graph.platform`.
* Documented in intune-enrollment-importeddeviceidentity-create.md:55:1 (and 1 more place).
*/
export type Platform = "unknown" | "ios" | "android" | "windows" | "windowsMobile" | "macOS";
/**
* Platform, open to members the docs do not list yet: the service adds members over time
* (after `unknownFutureValue`), so callers that must not break on a new value opt into this form.
*/
export type PlatformOpen = Platform | (string & {});
/** The members of Platform, by name. */
export declare const Platform: {
	readonly unknown: "unknown";
	readonly ios: "ios";
	readonly android: "android";
	readonly windows: "windows";
	readonly windowsMobile: "windowsMobile";
	readonly macOS: "macOS";
};
