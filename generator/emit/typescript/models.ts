import type { ApiModel, EnumType, ObjectType, PrimitiveName } from '../../model/index.js';
import type { Names, TypeNames } from '../naming/assign-names.js';
import { propertyKey } from '../naming/identifiers.js';
import type { EmitMemo } from '../emit-memo.js';
import { NO_EMIT_MEMO } from '../emit-memo.js';
import type { Render } from '../render/templates.js';
import { memberDocLines, typeDocLines } from './doc-lines.js';
import type { EmitResult, EmittedFiles, PublicExport } from './emitted-files.js';
import { FileImports } from './file-imports.js';
import { modelFile, primitivesFile } from './layout.js';
import type { ModuleFragment } from './modules.js';
import { assembleModules } from './modules.js';
import { primitiveBaseType, typeExpression } from './type-expression.js';

/** Every type transitively derived from each object type, in id order. */
export function derivedTypes(model: ApiModel): Map<string, ObjectType[]> {
  const direct = new Map<string, ObjectType[]>();
  for (const object of model.objects) if (object.base !== undefined) direct.set(object.base, [...(direct.get(object.base) ?? []), object]);
  const all = new Map<string, ObjectType[]>();
  const collect = (id: string, seen: Set<string>): ObjectType[] =>
    (direct.get(id) ?? []).flatMap((child) => (seen.has(child.id) ? [] : (seen.add(child.id), [child, ...collect(child.id, seen)])));
  for (const id of direct.keys()) all.set(id, collect(id, new Set([id])).sort((a, b) => (a.id < b.id ? -1 : 1)));
  return all;
}

/** The `@odata.type` value the service sends for a type: `#microsoft.graph.importedDeviceIdentity`. */
function odataTypeTag(id: string): string {
  return JSON.stringify(`#${id}`);
}

function namesOf(names: Names, id: string): TypeNames {
  const found = names.types.get(id);
  if (!found) throw new Error(`no name assigned to ${id}`);
  return found;
}

/** One interface per object type, with `extends` for its base and an `Any…` union of it and its derived types. */
export function emitObjectModel(object: ObjectType, names: Names, derived: readonly ObjectType[], render: Render): [ModuleFragment, PublicExport[]] {
  const own = namesOf(names, object.id);
  const file = modelFile();
  const imports = new FileImports(file);
  // `@odata.type` is control information every root declares once; a table row naming it would
  // redeclare it (and, on a derived type, with a type its base's would not accept).
  const properties = object.properties.filter((property) => property.name !== '@odata.type').map((property) => {
    const expression = typeExpression(property.type, names, file);
    imports.typesFrom(expression.imports);
    return { key: propertyKey(property.name), type: expression.text, doc: memberDocLines(property.meta) };
  });
  let extendsName: string | undefined;
  if (object.base !== undefined) {
    const base = namesOf(names, object.base);
    extendsName = base.typeName;
    imports.type(modelFile(), base.typeName);
  }
  // A polymorphic base's union tags each arm with its `@odata.type`, so `switch` narrows; the
  // interfaces keep `@odata.type?: string`, so a derived type still extends its base.
  const unionParts =
    derived.length === 0 ? [own.typeName] : [`(${own.typeName} & { '@odata.type'?: ${odataTypeTag(object.id)} })`];
  for (const child of derived) {
    const childNames = namesOf(names, child.id);
    unionParts.push(`(${childNames.typeName} & { '@odata.type': ${odataTypeTag(child.id)} })`);
    imports.type(modelFile(), childNames.typeName);
  }
  const view = {
    doc: typeDocLines(object.id, object.meta),
    name: own.typeName,
    extends: extendsName,
    // Only roots declare `@odata.type`: derived types inherit it, so a derived value stays assignable to its base.
    declaresODataType: object.base === undefined,
    properties,
    anyName: own.anyName,
    union: unionParts.length === 1 ? ` ${unionParts[0] ?? ''}` : `\n  | ${unionParts.join('\n  | ')}`,
  };
  return [
    { file, text: render('model-object.ts', view), imports },
    [
      { file, name: own.typeName, typeOnly: true },
      { file, name: own.anyName, typeOnly: true },
    ],
  ];
}

/** An enum as a string-literal union with a const object of its members beside it. */
export function emitEnumModel(enumType: EnumType, names: Names, render: Render): [ModuleFragment, PublicExport[]] {
  const own = namesOf(names, enumType.id);
  const file = modelFile();
  const members = enumType.members.map((member) => ({ key: propertyKey(member.name), literal: JSON.stringify(member.name), doc: memberDocLines(member.meta) }));
  const view = {
    doc: typeDocLines(enumType.id, enumType.meta),
    name: own.typeName,
    openName: own.openName,
    union: members.length > 0 ? members.map((m) => m.literal).join(' | ') : 'never',
    members,
  };
  return [
    { file, text: render('model-enum.ts', view), imports: new FileImports(file) },
    [
      { file, name: own.typeName, typeOnly: false },
      { file, name: own.openName, typeOnly: true },
    ],
  ];
}

const PRIMITIVE_DOCS: Readonly<Partial<Record<PrimitiveName, string>>> = {
  DateTimeOffset: 'A date and time with a time-zone offset, ISO 8601: `2017-01-01T00:00:27.4696173+00:00` or `…Z`.',
  Date: 'A calendar date, ISO 8601: `2021-07-16`.',
  TimeOfDay: 'A time of day, ISO 8601: `13:45:00` or `13:45:00.0000000`.',
  Duration: 'A duration, ISO 8601: `PT1H30M`, `P1D`.',
  Guid: 'A GUID: `d450c1e2-c1e2-d450-e2c1-50d4e2c150d4`.',
  Binary: 'Binary data, base64-encoded.',
  Int64: 'A 64-bit integer. JSON numbers lose precision past 2^53.',
  Decimal: 'A decimal number.',
  Int32: 'A 32-bit signed integer.',
  Int16: 'A 16-bit signed integer.',
  Byte: 'An 8-bit unsigned integer.',
  SByte: 'An 8-bit signed integer.',
  Single: 'A single-precision floating point number.',
  Double: 'A double-precision floating point number.',
};

/** The named aliases of primitive types (`DateTimeOffset = string`), with their wire format in a comment. */
export function emitPrimitives(names: Names, render: Render): [string, string, PublicExport[]] {
  const file = primitivesFile();
  const aliases = [...names.primitives].map(([primitive, name]) => ({ name, type: primitiveBaseType(primitive), doc: [PRIMITIVE_DOCS[primitive] ?? primitive] }));
  return [file, render('primitives.ts', { aliases }), aliases.map((alias) => ({ file, name: alias.name, typeOnly: true }))];
}

/**
 * Interfaces, enums and primitive aliases: the types a consumer imports. A watch session's
 * `memo` makes a type's declaration again only when the type, its derived types or the names changed.
 */
export function emitModels(model: ApiModel, names: Names, render: Render, memo: EmitMemo = NO_EMIT_MEMO): EmitResult {
  const [primitives, primitivesText, primitiveExports] = emitPrimitives(names, render);
  const exports: PublicExport[] = [...primitiveExports];
  const fragments: ModuleFragment[] = [];
  const derived = derivedTypes(model);
  const add = ([fragment, fragmentExports]: [ModuleFragment, PublicExport[]]): void => {
    fragments.push(fragment);
    exports.push(...fragmentExports);
  };
  const objectModel = memo.remember(emitObjectModel);
  const enumModel = memo.remember(emitEnumModel);
  for (const object of model.objects) add(objectModel(object, names, derived.get(object.id) ?? [], render));
  for (const enumType of model.enums) add(enumModel(enumType, names, render));
  const files: EmittedFiles = new Map([[primitives, primitivesText], ...assembleModules(fragments, render, memo)]);
  return { files, exports, publicModules: [primitives, modelFile()] };
}
