/**
* Service type `microsoft.graph.enrollmentState`.
* Documented in intune-enrollment-importeddeviceidentity-create.md:54:1 (and 1 more place).
*/
export type EnrollmentState = "unknown" | "enrolled" | "pendingReset" | "failed" | "notContacted" | "blocked";
/**
* EnrollmentState, open to members the docs do not list yet: the service adds members over time
* (after `unknownFutureValue`), so callers that must not break on a new value opt into this form.
*/
export type EnrollmentStateOpen = EnrollmentState | (string & {});
/** The members of EnrollmentState, by name. */
export declare const EnrollmentState: {
	readonly unknown: "unknown";
	readonly enrolled: "enrolled";
	readonly pendingReset: "pendingReset";
	readonly failed: "failed";
	readonly notContacted: "notContacted";
	readonly blocked: "blocked";
};
