import type { OperationNames, TypeNames } from '../naming/assign-names.js';

/**
 * Where each construct lives in the emitted package. Every emitter asks here, so moving a
 * file is one change. Paths are package-relative and use `/`.
 */
export const primitivesFile = (): string => 'src/primitives.ts';
export const modelFile = (names: TypeNames): string => `src/models/${names.fileName}.ts`;
export const validatorFile = (names: TypeNames): string => `src/validators/${names.fileName}.ts`;
export const validatorRuntimeFile = (): string => 'src/validators/runtime.ts';
/** Shared validator helpers; the leading `_` keeps it apart from every type's file (kebab names never start so). */
export const validatorInternalFile = (): string => 'src/validators/_internal.ts';
export const operationFile = (names: OperationNames): string => `src/operations/${names.fileName}.ts`;
export const clientRuntimeFile = (): string => 'src/client/runtime.ts';
export const indexFile = (): string => 'src/index.ts';
export const openApiFile = (): string => 'openapi.json';
