import type { ApiModel, Operation, PrimitiveName, TypeId } from '../../model/index.js';
import type { EmitMemo } from '../emit-memo.js';
import { NO_EMIT_MEMO } from '../emit-memo.js';
import { sameData } from '../../model/index.js';
import { toPascalCase } from './identifiers.js';
import { operationFunctionName } from './operation-name.js';
import { CLIENT_RUNTIME_TYPES, CLIENT_RUNTIME_VALUES, VALIDATOR_RUNTIME_TYPES } from './runtime-names.js';

export interface TypeNames {
  /** The exported TypeScript name of the interface or enum. */
  readonly typeName: string;
  readonly validate: string;
  readonly is: string;
  /** The discriminated union of the type and everything derived from it (objects only; an enum's own name). */
  readonly anyName: string;
  /** An enum's open form, `EnrollmentStateOpen = EnrollmentState | (string & {})` (enums only; else the type name). */
  readonly openName: string;
}

export interface OperationNames {
  readonly functionName: string;
}

/** Every TypeScript name the package uses, decided once, before any template runs. */
export interface Names {
  readonly rootNamespace: string;
  readonly types: ReadonlyMap<TypeId, TypeNames>;
  readonly operations: ReadonlyMap<string, OperationNames>;
  readonly primitives: ReadonlyMap<PrimitiveName, string>;
}

/**
 * Names the package's runtime exports already use: a doc type called `RequestOptions` would
 * clash in the index. Such a type gets a numeric suffix instead. (`Runtime`, `Index` and
 * `Primitives` once named per-type files; they stay taken so no type's name changes.)
 */
/**
 * Global types the emitted modules use (`Promise<…>` and `Pick<…>` in operations.ts,
 * `Record<…>` in validators.ts): a doc type of that name, imported into a module, would hide
 * the global for every declaration in it.
 */
const GLOBAL_TYPE_NAMES: readonly string[] = ['Array', 'Partial', 'Pick', 'Promise', 'Readonly', 'ReadonlyArray', 'Record', 'Required'];

const RESERVED_NAMES: readonly string[] = [
  ...GLOBAL_TYPE_NAMES,
  ...VALIDATOR_RUNTIME_TYPES,
  ...CLIENT_RUNTIME_TYPES,
  ...CLIENT_RUNTIME_VALUES,
  'Runtime',
  'Index',
  'Primitives',
];

/** Names for the primitive aliases (`DateTimeOffset = string`): reserved before model types are named. */
const PRIMITIVE_ALIAS_NAMES: readonly PrimitiveName[] = [
  'DateTimeOffset',
  'Date',
  'TimeOfDay',
  'Duration',
  'Guid',
  'Binary',
  'Int64',
  'Decimal',
  'Int32',
  'Int16',
  'Byte',
  'SByte',
  'Single',
  'Double',
];

/**
 * The namespace most types live in (`microsoft.graph`): its types get bare names, types of
 * other namespaces get the rest of their namespace as a prefix (`callRecords.session` →
 * `CallRecordsSession`), which keeps same-named types of two namespaces apart.
 */
export function findRootNamespace(model: ApiModel): string {
  const counts = new Map<string, number>();
  for (const item of [...model.objects, ...model.enums]) counts.set(item.namespace, (counts.get(item.namespace) ?? 0) + 1);
  let best = '';
  let bestCount = -1;
  for (const [namespace, count] of [...counts].sort(([a], [b]) => (a < b ? -1 : 1))) {
    if (count > bestCount) [best, bestCount] = [namespace, count];
  }
  return best;
}

function namespacePrefix(namespace: string, root: string): string {
  if (namespace === root) return '';
  const rest = namespace.startsWith(`${root}.`) ? namespace.slice(root.length + 1) : namespace;
  return toPascalCase(rest);
}

/**
 * Assigns every name in one deterministic pass (quicktype's Naming): types in id order,
 * objects before enums; a name already taken (case-insensitively, as the CSDL compares names,
 * so no two types differ by case alone) gets a numeric suffix.
 */
export function assignNames(model: ApiModel, memo: EmitMemo = NO_EMIT_MEMO): Names {
  const root = findRootNamespace(model);
  const taken = new Set<string>(RESERVED_NAMES.map((name) => name.toLowerCase()));
  const claim = (wanted: string): string => {
    let name = wanted;
    for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${wanted}${n}`;
    taken.add(name.toLowerCase());
    return name;
  };

  const primitives = new Map<PrimitiveName, string>();
  for (const primitive of PRIMITIVE_ALIAS_NAMES) primitives.set(primitive, claim(primitive));

  const types = new Map<TypeId, TypeNames>();
  const byId = <T extends { id: string }>(items: readonly T[]): T[] => [...items].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const items = [...byId(model.objects), ...byId(model.enums)];
  const typeNames = items.map((item) => claim(namespacePrefix(item.namespace, root) + toPascalCase(item.name)));
  // Companion names are claimed after every type's own name, so a type keeps its name first.
  items.forEach((item, index) => {
    const typeName = typeNames[index] ?? '';
    types.set(item.id, {
      typeName,
      validate: `validate${typeName}`,
      is: `is${typeName}`,
      anyName: item.kind === 'object' ? claim(`Any${typeName}`) : typeName,
      openName: item.kind === 'enum' ? claim(`${typeName}Open`) : typeName,
    });
  });

  const operations = new Map<string, OperationNames>();
  const takenFunctions = new Set<string>();
  const wantedName = memo.remember(wantedFunctionName);
  for (const operation of byId(model.operations)) {
    const wanted = wantedName(operation);
    let functionName = wanted;
    for (let n = 2; takenFunctions.has(functionName.toLowerCase()); n++) functionName = `${wanted}${n}`;
    takenFunctions.add(functionName.toLowerCase());
    operations.set(operation.id, { functionName });
  }
  return { rootNamespace: root, types, operations, primitives };
}


/** What an operation's request function would be called, before clashes are settled (~35 ms a run on the v1.0 pages: a watch session remembers it). */
function wantedFunctionName(operation: Operation): string {
  return operationFunctionName(operation.method, operation.path);
}

/**
 * `previous` where it names everything as `next` does (in the same order), else `next`: a watch
 * session's edit of one type's properties leaves every name as it was, and the emitters then
 * know the names by identity (`EmitMemo.keep`).
 */
export function sharedNames(previous: Names, next: Names): Names {
  // Every field, whatever fields Names grows: one left out would be last run's for good.
  const fields = Object.keys(next) as (keyof Names)[];
  if (fields.length !== Object.keys(previous).length) return next;
  for (const field of fields) {
    const [was, now] = [previous[field], next[field]];
    const same = was instanceof Map && now instanceof Map ? sameEntries(was, now) : sameData(was, now);
    if (!same) return next;
  }
  return previous;
}

function sameEntries<K, V>(a: ReadonlyMap<K, V>, b: ReadonlyMap<K, V>): boolean {
  if (a.size !== b.size) return false;
  const others = b.entries();
  for (const [key, value] of a) {
    const other = others.next();
    if (other.done === true || other.value[0] !== key || !sameData(value, other.value[1])) return false;
  }
  return true;
}
