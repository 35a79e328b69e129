import type { ImportedDeviceIdentityType } from "../models/imported-device-identity-type.js";
import type { ValidateOptions, ValidationResult } from "./runtime.js";
/** Checks that a value is a member of ImportedDeviceIdentityType (`microsoft.graph.importedDeviceIdentityType`); members after `unknownFutureValue` only with `acceptEvolvableMembers`. */
export declare function validateImportedDeviceIdentityType(value: unknown, options?: ValidateOptions): ValidationResult;
/** Whether a value is a member of ImportedDeviceIdentityType (`microsoft.graph.importedDeviceIdentityType`), by the rules of `validateImportedDeviceIdentityType` (stops at the first error). */
export declare function isImportedDeviceIdentityType(value: unknown, options?: ValidateOptions): value is ImportedDeviceIdentityType;
