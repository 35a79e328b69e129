import type { Platform } from "../models/platform.js";
import type { ValidateOptions, ValidationResult } from "./runtime.js";
/** Checks that a value is a member of Platform (`microsoft.graph.platform`); members after `unknownFutureValue` only with `acceptEvolvableMembers`. */
export declare function validatePlatform(value: unknown, options?: ValidateOptions): ValidationResult;
/** Whether a value is a member of Platform (`microsoft.graph.platform`), by the rules of `validatePlatform` (stops at the first error). */
export declare function isPlatform(value: unknown, options?: ValidateOptions): value is Platform;
