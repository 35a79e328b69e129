import type { Entity } from "../models/entity.js";
import type { ValidateOptions, ValidationResult } from "./runtime.js";
/**
* Checks that a value is a valid Entity (`microsoft.graph.entity`): JSON types, enum members, formats, nested objects, and the derived type its `@odata.type` names.
* Returns every error, each with its JSON path; unknown properties and `@odata.*` control information are allowed.
*/
export declare function validateEntity(value: unknown, options?: ValidateOptions): ValidationResult;
/** Whether a value is a valid Entity (`microsoft.graph.entity`), by the rules of `validateEntity` (stops at the first error). */
export declare function isEntity(value: unknown, options?: ValidateOptions): value is Entity;
