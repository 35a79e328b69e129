/**
 * Service type `microsoft.graph.enrollmentState`.
 * Documented in intune-enrollment-importeddeviceidentity-create.md:54:1 (and 1 more place).
 */
export type EnrollmentState = "unknown" | "enrolled" | "pendingReset" | "failed" | "notContacted" | "blocked";
/** The members of EnrollmentState, by name. */
export declare const EnrollmentState: {
    readonly unknown: "unknown";
    readonly enrolled: "enrolled";
    readonly pendingReset: "pendingReset";
    readonly failed: "failed";
    readonly notContacted: "notContacted";
    readonly blocked: "blocked";
};
