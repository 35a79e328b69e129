import type { ImportedDeviceIdentityResult } from "../models/imported-device-identity-result.js";
import type { ValidateOptions, ValidationResult } from "./runtime.js";
/**
* Checks that a value is a valid ImportedDeviceIdentityResult (`microsoft.graph.importedDeviceIdentityResult`): JSON types, enum members, formats, nested objects, and the derived type its `@odata.type` names.
* Returns every error, each with its JSON path; unknown properties and `@odata.*` control information are allowed.
*/
export declare function validateImportedDeviceIdentityResult(value: unknown, options?: ValidateOptions): ValidationResult;
/** Whether a value is a valid ImportedDeviceIdentityResult (`microsoft.graph.importedDeviceIdentityResult`), by the rules of `validateImportedDeviceIdentityResult` (stops at the first error). */
export declare function isImportedDeviceIdentityResult(value: unknown, options?: ValidateOptions): value is ImportedDeviceIdentityResult;
