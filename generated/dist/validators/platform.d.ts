import type { Platform } from '../models/platform.js';
import type { ValidateOptions, ValidationResult } from './runtime.js';
/** Internal: whether a value is a member of Platform; members after `unknownFutureValue` only when `evolvable`. */
export declare function __isPlatformMember(value: unknown, _evolvable: boolean): boolean;
/** Internal: the `expected` text of an error about a value that is no Platform. */
export declare function __describePlatform(_evolvable: boolean): string;
/** Checks that a value is a member of Platform (`microsoft.graph.platform`); members after `unknownFutureValue` only with `acceptEvolvableMembers`. */
export declare function validatePlatform(value: unknown, options?: ValidateOptions): ValidationResult;
/** Whether a value is a member of Platform (`microsoft.graph.platform`), by the rules of `validatePlatform` (stops at the first error). */
export declare function isPlatform(value: unknown, options?: ValidateOptions): value is Platform;
