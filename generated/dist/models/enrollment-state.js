/** The members of EnrollmentState, by name. */
export const EnrollmentState = {
	unknown: "unknown",
	enrolled: "enrolled",
	pendingReset: "pendingReset",
	failed: "failed",
	notContacted: "notContacted",
	blocked: "blocked"
};
