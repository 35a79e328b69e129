/**
 * Service type `microsoft.graph.enrollmentState`.
 * Documented in intune-enrollment-importeddeviceidentity-create.md:54:1 (and 1 more place).
 */
export type EnrollmentState = "unknown" | "enrolled" | "pendingReset" | "failed" | "notContacted" | "blocked";

/** The members of EnrollmentState, by name. */
export const EnrollmentState = {
  unknown: "unknown",
  enrolled: "enrolled",
  pendingReset: "pendingReset",
  failed: "failed",
  notContacted: "notContacted",
  blocked: "blocked",
} as const;
