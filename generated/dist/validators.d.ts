import type { EnrollmentState, Entity, ImportedDeviceIdentity, ImportedDeviceIdentityResult, ImportedDeviceIdentityType, Platform } from "./models.js";
import type { ValidateOptions, ValidationResult } from "./validators/runtime.js";
/**
* Checks that a value is a valid Entity (`microsoft.graph.entity`): JSON types, enum members, formats, nested objects, and the derived type its `@odata.type` names.
* Returns every error, each with its JSON path; unknown properties and `@odata.*` control information are allowed.
*/
export declare function validateEntity(value: unknown, options?: ValidateOptions): ValidationResult;
/** Whether a value is a valid Entity (`microsoft.graph.entity`), by the rules of `validateEntity` (stops at the first error). */
export declare function isEntity(value: unknown, options?: ValidateOptions): value is Entity;
/**
* Checks that a value is a valid ImportedDeviceIdentity (`microsoft.graph.importedDeviceIdentity`): JSON types, enum members, formats, nested objects, and the derived type its `@odata.type` names.
* Returns every error, each with its JSON path; unknown properties and `@odata.*` control information are allowed.
*/
export declare function validateImportedDeviceIdentity(value: unknown, options?: ValidateOptions): ValidationResult;
/** Whether a value is a valid ImportedDeviceIdentity (`microsoft.graph.importedDeviceIdentity`), by the rules of `validateImportedDeviceIdentity` (stops at the first error). */
export declare function isImportedDeviceIdentity(value: unknown, options?: ValidateOptions): value is ImportedDeviceIdentity;
/**
* Checks that a value is a valid ImportedDeviceIdentityResult (`microsoft.graph.importedDeviceIdentityResult`): JSON types, enum members, formats, nested objects, and the derived type its `@odata.type` names.
* Returns every error, each with its JSON path; unknown properties and `@odata.*` control information are allowed.
*/
export declare function validateImportedDeviceIdentityResult(value: unknown, options?: ValidateOptions): ValidationResult;
/** Whether a value is a valid ImportedDeviceIdentityResult (`microsoft.graph.importedDeviceIdentityResult`), by the rules of `validateImportedDeviceIdentityResult` (stops at the first error). */
export declare function isImportedDeviceIdentityResult(value: unknown, options?: ValidateOptions): value is ImportedDeviceIdentityResult;
/** Checks that a value is a member of EnrollmentState (`microsoft.graph.enrollmentState`); members after `unknownFutureValue` only with `acceptEvolvableMembers`. */
export declare function validateEnrollmentState(value: unknown, options?: ValidateOptions): ValidationResult;
/** Whether a value is a member of EnrollmentState (`microsoft.graph.enrollmentState`), by the rules of `validateEnrollmentState` (stops at the first error). */
export declare function isEnrollmentState(value: unknown, options?: ValidateOptions): value is EnrollmentState;
/** Checks that a value is a member of ImportedDeviceIdentityType (`microsoft.graph.importedDeviceIdentityType`); members after `unknownFutureValue` only with `acceptEvolvableMembers`. */
export declare function validateImportedDeviceIdentityType(value: unknown, options?: ValidateOptions): ValidationResult;
/** Whether a value is a member of ImportedDeviceIdentityType (`microsoft.graph.importedDeviceIdentityType`), by the rules of `validateImportedDeviceIdentityType` (stops at the first error). */
export declare function isImportedDeviceIdentityType(value: unknown, options?: ValidateOptions): value is ImportedDeviceIdentityType;
/** Checks that a value is a member of Platform (`microsoft.graph.platform`); members after `unknownFutureValue` only with `acceptEvolvableMembers`. */
export declare function validatePlatform(value: unknown, options?: ValidateOptions): ValidationResult;
/** Whether a value is a member of Platform (`microsoft.graph.platform`), by the rules of `validatePlatform` (stops at the first error). */
export declare function isPlatform(value: unknown, options?: ValidateOptions): value is Platform;
