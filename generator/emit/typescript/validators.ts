import type { ApiModel, EnumType, ObjectType, TypeId } from '../../model/index.js';
import { EDM_PATTERNS } from '../edm-formats.js';
import type { Names, TypeNames } from '../naming/assign-names.js';
import type { EmitMemo } from '../emit-memo.js';
import { NO_EMIT_MEMO } from '../emit-memo.js';
import type { Render } from '../render/templates.js';
import type { KeyedFragment } from './code-keys.js';
import { codeKeys, fragmentFacts, unkeyedName } from './code-keys.js';
import type { EmitResult, PublicExport } from './emitted-files.js';
import { modelFile, validatorFile, validatorInternalFile, validatorRuntimeFile } from './layout.js';
import type { EnumValidatorView } from './validators/enum-view.js';
import { enumValidatorView } from './validators/enum-view.js';
import { FileImports } from './file-imports.js';
import type { ModuleFragment } from './modules.js';
import { assembleModules } from './modules.js';
import { baseChain, findDescendants } from './validators/hierarchy.js';
import type { ObjectValidatorView } from './validators/object-view.js';
import { objectValidatorView } from './validators/object-view.js';
import { odataTypeName, rootPrefix } from './validators/odata-type-name.js';

/** The view of `validator.ts.hbs`: one type's validator functions; exactly one of `object` and `enum` is set. */
export interface ValidatorView {
  readonly typeName: string;
  readonly validate: string;
  readonly is: string;
  readonly validateDoc: readonly string[];
  readonly isDoc: readonly string[];
  readonly object: ObjectValidatorView | null;
  readonly enum: EnumValidatorView | null;
}

/** The view of `validator-internal.ts.hbs`. */
export interface ValidatorInternalView {
  readonly rootPrefix: string;
  /** Every object and enum, in `__odataTypeName` form, sorted. */
  readonly knownTypes: readonly string[];
  /** Regex sources of the Edm formats, shared with openapi.json's `pattern`s. */
  readonly patterns: typeof EDM_PATTERNS;
}

/** The public types of `runtime.ts`, re-exported by the package index. */
const RUNTIME_TYPES = ['ValidateOptions', 'ValidationError', 'ValidationResult'];

const byId = <T extends { readonly id: string }>(items: readonly T[]): T[] => [...items].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

/**
 * The runtime validators: `validateX`/`isX` for every object type and enum of the docs, checking
 * JSON types, enum members, Edm formats, nested objects and the derived type `@odata.type`
 * names, with zero run-time dependencies.
 */
export function emitValidators(model: ApiModel, names: Names, render: Render, memo: EmitMemo = NO_EMIT_MEMO): EmitResult {
  const files = new Map<string, string>();
  const exports: PublicExport[] = RUNTIME_TYPES.map((name) => ({ file: validatorRuntimeFile(), name, typeOnly: true }));
  const runtime = render('validator-runtime.ts', {});
  const internal = render('validator-internal.ts', internalView(model, names));
  files.set(validatorRuntimeFile(), runtime);
  files.set(validatorInternalFile(), internal);
  const fragments = validatorFragments(model, names, render, memo);
  for (const { file, typeNames } of fragments) exports.push({ file, name: typeNames.validate, typeOnly: false }, { file, name: typeNames.is, typeOnly: false });
  for (const [file, text] of assembleModules(fragments, render, memo)) files.set(file, text);
  // Code every validator's module holds besides its fragments: the helpers, and the module's own frame (header, import block).
  const frame = render('module.ts', { imports: [], declarations: [] });
  const keys = codeKeys(keyedFragments(fragments, [validatorInternalFile(), validatorRuntimeFile()], memo), [internal, runtime, frame].join('\0'), memo.remember(fragmentFacts));
  // `_internal.ts` is the validators' own; every type's `__checkX` is local to its module.
  return { files, exports, publicModules: [validatorFile(), validatorRuntimeFile()], codeKeys: keys };
}

/** One type's validator functions, before they are put in a module. */
export interface ValidatorFragment extends ModuleFragment {
  readonly typeNames: TypeNames;
}

/**
 * Every object type's and enum's validator functions, by id (objects first). A watch session's
 * `memo` makes a type's again only when the type, its bases, its derived types or the names changed.
 */
export function validatorFragments(model: ApiModel, names: Names, render: Render, memo: EmitMemo = NO_EMIT_MEMO): ValidatorFragment[] {
  const objects = new Map<TypeId, ObjectType>(model.objects.map((object) => [object.id, object]));
  const descendants = findDescendants(model.objects);
  const objectFragment = memo.remember(objectValidatorFragment);
  const enumFragment = memo.remember(enumValidatorFragment);
  const fragments: ValidatorFragment[] = [];
  for (const object of byId(model.objects)) {
    const fragment = objectFragment(object, baseChain(object, objects), descendants.get(object.id) ?? [], names, render);
    if (fragment !== undefined) fragments.push(fragment);
  }
  for (const enumType of byId(model.enums)) {
    const fragment = enumFragment(enumType, names, render);
    if (fragment !== undefined) fragments.push(fragment);
  }
  return fragments;
}

/** An object type's validator functions; `chain` is it and its bases, base first (`baseChain`). */
function objectValidatorFragment(object: ObjectType, chain: readonly ObjectType[], descendants: readonly TypeId[], names: Names, render: Render): ValidatorFragment | undefined {
  const typeNames = names.types.get(object.id);
  if (typeNames === undefined) return undefined;
  const file = validatorFile();
  const imports = new FileImports(file);
  const view = objectValidatorView(object, chain, descendants, names, imports);
  return { file, text: render('validator.ts', validatorView(object, typeNames, imports, view, null)), imports, typeNames };
}

/** An enum's validator functions. */
function enumValidatorFragment(enumType: EnumType, names: Names, render: Render): ValidatorFragment | undefined {
  const typeNames = names.types.get(enumType.id);
  if (typeNames === undefined) return undefined;
  const file = validatorFile();
  const imports = new FileImports(file);
  return { file, text: render('validator.ts', validatorView(enumType, typeNames, imports, null, enumValidatorView(enumType, names))), imports, typeNames };
}

/**
 * The fragments as `codeKeys` reads them: what a validator's code is made of is its fragment
 * and the fragments it calls, in its module or (were the layout to split them) another, and
 * the `shared` files (keyed as a whole). A value taken from any other file would be code in no
 * key: it leaves the fragment unkeyed.
 */
export function keyedFragments(fragments: readonly ModuleFragment[], shared: readonly string[], memo: EmitMemo = NO_EMIT_MEMO): KeyedFragment[] {
  const modules = [...new Set(fragments.map((fragment) => fragment.file))].sort();
  const keyed = memo.remember(keyedFragment);
  return fragments.map((fragment) => keyed(fragment, modules, shared));
}

/** One fragment as `codeKeys` reads it (see `keyedFragments`); `modules` are the files the fragments go to. */
function keyedFragment(fragment: ModuleFragment, modules: readonly string[], shared: readonly string[]): KeyedFragment {
  const uses = new Set<string>();
  for (const [file, names] of fragment.imports.valuesByFile())
    for (const name of names) {
      if (modules.includes(file)) uses.add(name);
      else if (!shared.includes(file)) uses.add(unkeyedName(file, name));
    }
  return { text: fragment.text, uses };
}

function internalView(model: ApiModel, names: Names): ValidatorInternalView {
  const knownTypes = [...model.objects, ...model.enums].map((type) => odataTypeName(type.id, names.rootNamespace)).sort();
  return { rootPrefix: rootPrefix(names.rootNamespace), knownTypes, patterns: EDM_PATTERNS };
}

function validatorView(
  type: ObjectType | EnumType,
  typeNames: TypeNames,
  imports: FileImports,
  object: ObjectValidatorView | null,
  enumView: EnumValidatorView | null,
): ValidatorView {
  imports.type(modelFile(), typeNames.typeName);
  imports.type(validatorRuntimeFile(), 'ValidateOptions');
  imports.type(validatorRuntimeFile(), 'ValidationResult');
  const helpers = object !== null ? ['__begin', '__end', '__result'] : ['__OK', '__describe'];
  for (const helper of helpers) imports.value(validatorInternalFile(), helper);

  const what = type.kind === 'object' ? `a valid ${typeNames.typeName} (\`${type.id}\`)` : `a member of ${typeNames.typeName} (\`${type.id}\`)`;
  const validateDoc =
    type.kind === 'object'
      ? [`Checks that a value is ${what}: JSON types, enum members, formats, nested objects, and the derived type its \`@odata.type\` names.`, 'Returns every error, each with its JSON path; unknown properties and `@odata.*` control information are allowed.']
      : [`Checks that a value is ${what}; members after \`unknownFutureValue\` only with \`acceptEvolvableMembers\`.`];
  return {
    typeName: typeNames.typeName,
    validate: typeNames.validate,
    is: typeNames.is,
    validateDoc,
    isDoc: [`Whether a value is ${what}, by the rules of \`${typeNames.validate}\` (stops at the first error).`],
    object,
    enum: enumView,
  };
}
