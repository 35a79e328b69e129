import type { EnrollmentState } from "../models/enrollment-state.js";
import type { ValidateOptions, ValidationResult } from "./runtime.js";
/** Checks that a value is a member of EnrollmentState (`microsoft.graph.enrollmentState`); members after `unknownFutureValue` only with `acceptEvolvableMembers`. */
export declare function validateEnrollmentState(value: unknown, options?: ValidateOptions): ValidationResult;
/** Whether a value is a member of EnrollmentState (`microsoft.graph.enrollmentState`), by the rules of `validateEnrollmentState` (stops at the first error). */
export declare function isEnrollmentState(value: unknown, options?: ValidateOptions): value is EnrollmentState;
