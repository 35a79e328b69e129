import type { ImportedDeviceIdentityType } from '../models/imported-device-identity-type.js';
import type { ValidateOptions, ValidationResult } from './runtime.js';
/** Internal: whether a value is a member of ImportedDeviceIdentityType; members after `unknownFutureValue` only when `evolvable`. */
export declare function __isImportedDeviceIdentityTypeMember(value: unknown, _evolvable: boolean): boolean;
/** Internal: the `expected` text of an error about a value that is no ImportedDeviceIdentityType. */
export declare function __describeImportedDeviceIdentityType(_evolvable: boolean): string;
/** Checks that a value is a member of ImportedDeviceIdentityType (`microsoft.graph.importedDeviceIdentityType`); members after `unknownFutureValue` only with `acceptEvolvableMembers`. */
export declare function validateImportedDeviceIdentityType(value: unknown, options?: ValidateOptions): ValidationResult;
/** Whether a value is a member of ImportedDeviceIdentityType (`microsoft.graph.importedDeviceIdentityType`), by the rules of `validateImportedDeviceIdentityType` (stops at the first error). */
export declare function isImportedDeviceIdentityType(value: unknown, options?: ValidateOptions): value is ImportedDeviceIdentityType;
