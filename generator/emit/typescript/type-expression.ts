import type { PrimitiveName, TypeRef } from '../../model/index.js';
import { assertNever } from '../../model/index.js';
import type { Names } from '../naming/assign-names.js';
import { modelFile, primitivesFile } from './layout.js';

/** A TypeScript type expression and the package files (with the names) it needs imported. */
export interface TypeExpression {
  readonly text: string;
  /** file → names to `import type` from it. */
  readonly imports: ReadonlyMap<string, ReadonlySet<string>>;
}

/** What each primitive becomes on the wire in JSON; aliases (Names.primitives) name the string formats. */
export function primitiveBaseType(name: PrimitiveName): 'string' | 'number' | 'boolean' | 'unknown' {
  switch (name) {
    case 'String':
    case 'Guid':
    case 'Date':
    case 'DateTimeOffset':
    case 'TimeOfDay':
    case 'Duration':
    case 'Binary':
      return 'string';
    case 'Boolean':
      return 'boolean';
    case 'Byte':
    case 'SByte':
    case 'Int16':
    case 'Int32':
    case 'Int64':
    case 'Single':
    case 'Double':
    case 'Decimal':
      return 'number';
    case 'Stream':
    case 'Untyped':
      return 'unknown';
    default:
      return assertNever(name, 'primitive');
  }
}

export interface TypeExpressionOptions {
  /**
   * `interface` names an object by its interface (`Identity`), which any derived value fits
   * structurally: what model properties use, so a property reads as its one declared type.
   * `any-union` names the `AnyIdentity` union instead, so a caller can `switch` on
   * `@odata.type` and narrow: what request bodies and results use.
   */
  readonly objectForm: 'interface' | 'any-union';
}

/** The TypeScript for a type reference, as seen from `fromFile`. */
export function typeExpression(ref: TypeRef, names: Names, fromFile: string, options: TypeExpressionOptions = { objectForm: 'interface' }): TypeExpression {
  const imports = new Map<string, Set<string>>();
  const need = (file: string, name: string): void => {
    if (file === fromFile) return;
    const set = imports.get(file) ?? new Set<string>();
    set.add(name);
    imports.set(file, set);
  };
  const render = (r: TypeRef): string => {
    switch (r.kind) {
      case 'primitive': {
        const alias = names.primitives.get(r.name);
        if (alias === undefined) return primitiveBaseType(r.name);
        need(primitivesFile(), alias);
        return alias;
      }
      case 'object':
      case 'enum': {
        const typeNames = names.types.get(r.id);
        if (typeNames === undefined) return 'unknown';
        const name = r.kind === 'object' && options.objectForm === 'any-union' ? typeNames.anyName : typeNames.typeName;
        need(modelFile(), name);
        return name;
      }
      case 'collection': {
        const inner = render(r.of);
        return /^[A-Za-z0-9_$]+$/.test(inner) ? `${inner}[]` : `(${inner})[]`;
      }
      case 'unknown':
        return 'unknown';
      default:
        return assertNever(r, 'type reference');
    }
  };
  const text = render(ref);
  return { text, imports };
}
