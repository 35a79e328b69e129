import type { DateTimeOffset } from "./primitives.js";
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
export type AnyEntity = Entity & {
	"@odata.type"?: "#microsoft.graph.entity";
} | ImportedDeviceIdentity & {
	"@odata.type": "#microsoft.graph.importedDeviceIdentity";
} | ImportedDeviceIdentityResult & {
	"@odata.type": "#microsoft.graph.importedDeviceIdentityResult";
};
/**
* Service type `microsoft.graph.importedDeviceIdentity`.
* Documented in intune-enrollment-importeddeviceidentity-create.md:45:1 (and 11 more places).
*/
export interface ImportedDeviceIdentity extends Entity {
	/** Imported Device Identifier */
	importedDeviceIdentifier?: string | null;
	/** Type of Imported Device Identity Possible values are: unknown, imei, serialNumber. */
	importedDeviceIdentityType?: ImportedDeviceIdentityType | null;
	/** Last Modified DateTime of the description */
	lastModifiedDateTime?: DateTimeOffset | null;
	/** Created Date Time of the device */
	createdDateTime?: DateTimeOffset | null;
	/** Last Contacted Date Time of the device */
	lastContactedDateTime?: DateTimeOffset | null;
	/** The description of the device */
	description?: string | null;
	/** The state of the device in Intune Possible values are: unknown, enrolled, pendingReset, failed, notContacted. */
	enrollmentState?: EnrollmentState | null;
	/** The platform of the Device. Possible values are: unknown, ios, android, windows, windowsMobile, macOS. */
	platform?: Platform | null;
}
/** ImportedDeviceIdentity or any type derived from it, tagged by `@odata.type` so a `switch` on it narrows. */
export type AnyImportedDeviceIdentity = ImportedDeviceIdentity & {
	"@odata.type"?: "#microsoft.graph.importedDeviceIdentity";
} | ImportedDeviceIdentityResult & {
	"@odata.type": "#microsoft.graph.importedDeviceIdentityResult";
};
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
/**
* Service type `microsoft.graph.enrollmentState`.
* Documented in intune-enrollment-importeddeviceidentity-create.md:54:1 (and 1 more place).
*/
export type EnrollmentState = "unknown" | "enrolled" | "pendingReset" | "failed" | "notContacted" | "blocked";
/**
* EnrollmentState, open to members the docs do not list yet: the service adds members over time
* (after `unknownFutureValue`), so callers that must not break on a new value opt into this form.
*/
export type EnrollmentStateOpen = EnrollmentState | string & {};
/** The members of EnrollmentState, by name. */
export declare const EnrollmentState: {
	readonly unknown: "unknown";
	readonly enrolled: "enrolled";
	readonly pendingReset: "pendingReset";
	readonly failed: "failed";
	readonly notContacted: "notContacted";
	readonly blocked: "blocked";
};
/**
* Service type `microsoft.graph.importedDeviceIdentityType`.
* Documented in intune-enrollment-importeddeviceidentity-create.md:49:1 (and 1 more place).
*/
export type ImportedDeviceIdentityType = "unknown" | "imei" | "serialNumber";
/**
* ImportedDeviceIdentityType, open to members the docs do not list yet: the service adds members over time
* (after `unknownFutureValue`), so callers that must not break on a new value opt into this form.
*/
export type ImportedDeviceIdentityTypeOpen = ImportedDeviceIdentityType | string & {};
/** The members of ImportedDeviceIdentityType, by name. */
export declare const ImportedDeviceIdentityType: {
	readonly unknown: "unknown";
	readonly imei: "imei";
	readonly serialNumber: "serialNumber";
};
/**
* Service type `microsoft.graph.platform`.
* Documented in intune-enrollment-importeddeviceidentity-create.md:55:1 (and 1 more place).
*/
export type Platform = "unknown" | "ios" | "android" | "windows" | "windowsMobile" | "macOS";
/**
* Platform, open to members the docs do not list yet: the service adds members over time
* (after `unknownFutureValue`), so callers that must not break on a new value opt into this form.
*/
export type PlatformOpen = Platform | string & {};
/** The members of Platform, by name. */
export declare const Platform: {
	readonly unknown: "unknown";
	readonly ios: "ios";
	readonly android: "android";
	readonly windows: "windows";
	readonly windowsMobile: "windowsMobile";
	readonly macOS: "macOS";
};
