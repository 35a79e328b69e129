import type { ImportedDeviceIdentity } from "../models/imported-device-identity.js";
import type { ValidateOptions, ValidationResult } from "./runtime.js";
/**
* Checks that a value is a valid ImportedDeviceIdentity (`microsoft.graph.importedDeviceIdentity`): JSON types, enum members, formats, nested objects, and the derived type its `@odata.type` names.
* Returns every error, each with its JSON path; unknown properties and `@odata.*` control information are allowed.
*/
export declare function validateImportedDeviceIdentity(value: unknown, options?: ValidateOptions): ValidationResult;
/** Whether a value is a valid ImportedDeviceIdentity (`microsoft.graph.importedDeviceIdentity`), by the rules of `validateImportedDeviceIdentity` (stops at the first error). */
export declare function isImportedDeviceIdentity(value: unknown, options?: ValidateOptions): value is ImportedDeviceIdentity;
