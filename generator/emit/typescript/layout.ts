/**
 * Where each construct lives in the emitted package. Every emitter asks here, so moving a
 * construct is one change. Paths are package-relative and use `/`.
 *
 * Each part is one module (all models in `models.ts`, all request functions in
 * `operations.ts`), not a file per type: a consumer's compiler resolves, reads and binds every
 * module the index re-exports, and some 5,800 of them (each import a NodeNext lookup) cost the
 * consumer's `tsc` twice what the declarations themselves did. The package exports only its
 * index, so no consumer ever named a per-type file.
 */
export const primitivesFile = (): string => 'src/primitives.ts';
export const modelFile = (): string => 'src/models.ts';
export const validatorFile = (): string => 'src/validators.ts';
export const validatorRuntimeFile = (): string => 'src/validators/runtime.ts';
/** Shared validator helpers, internal: the index exports none of them. */
export const validatorInternalFile = (): string => 'src/validators/_internal.ts';
export const operationFile = (): string => 'src/operations.ts';
export const clientRuntimeFile = (): string => 'src/client/runtime.ts';
export const indexFile = (): string => 'src/index.ts';
export const openApiFile = (): string => 'openapi.json';
