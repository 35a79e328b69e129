import Ajv2020Module from 'ajv/dist/2020.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { isFlagsEnum } from '../../../generator/emit/flags-enum.js';
import { assignNames } from '../../../generator/emit/naming/assign-names.js';
import { enumSchema } from '../../../generator/emit/openapi/enum-schema.js';
import { loadTemplates } from '../../../generator/emit/render/templates.js';
import { emitValidators } from '../../../generator/emit/typescript/validators.js';
import type { ApiModel, EnumType, Meta } from '../../../generator/model/index.js';
import { loadValidators, type LoadedFunction } from '../../support/validators-harness.js';

// CommonJS with `exports.default`: under NodeNext the default import is the whole `exports`.
const Ajv2020 = Ajv2020Module.default;

const meta: Meta = { description: undefined, sources: [{ file: 'enums.md', line: 1, column: 1 }] };
const enumOf = (name: string, members: [string, number | undefined][]): EnumType => ({
  kind: 'enum',
  id: `microsoft.graph.${name}`,
  namespace: 'microsoft.graph',
  name,
  members: members.map(([member, value]) => ({ name: member, value, meta })),
  meta,
});

// windowsArchitecture's table (intune-apps-windowsarchitecture.md): "none | 0 | No flags set."
const ARCHITECTURE = enumOf('windowsArchitecture', [['none', 0], ['x86', 1], ['x64', 2], ['arm', 4], ['neutral', 8]]);

describe('isFlagsEnum: member values that combine', () => {
  const cases: [string, EnumType, boolean][] = [
    ['0 and powers of two up to 8', ARCHITECTURE, true],
    ['powers of two without 0', enumOf('parts', [['apps', 1], ['tabs', 2], ['settings', 4]]), true],
    ['a count (0, 1, 2, 3)', enumOf('state', [['a', 0], ['b', 1], ['c', 2], ['d', 3]]), false],
    ['0, 1, 2 alone: nothing says flags', enumOf('small', [['a', 0], ['b', 1], ['c', 2]]), false],
    ['members without values', enumOf('plain', [['a', undefined], ['b', undefined], ['c', undefined]]), false],
    ['one member without a value', enumOf('partly', [['a', 1], ['b', 2], ['c', 4], ['unknownFutureValue', undefined]]), false],
    ['a repeated value', enumOf('twice', [['a', 1], ['b', 2], ['c', 4], ['d', 4]]), false],
  ];
  it.each(cases)('%s', (_name, type, want) => {
    expect(isFlagsEnum(type)).toBe(want);
  });
});

describe('a flags enum’s validator and schema accept members joined by ","', () => {
  const model: ApiModel = { objects: [], enums: [ARCHITECTURE], operations: [], examples: [], diagnostics: [] };
  let validators: ReadonlyMap<string, LoadedFunction> = new Map();
  beforeAll(async () => {
    validators = await loadValidators(emitValidators(model, assignNames(model), loadTemplates()).files);
  });
  const schema = new Ajv2020({ strict: false }).compile(enumSchema(ARCHITECTURE));
  const cases: [string, unknown, boolean][] = [
    ['one member', 'x64', true],
    ['several', 'x86,x64,arm', true],
    ['a part that is no member', 'x86,sparc', false],
    ['an empty part', 'x86,', false],
    ['a space after the comma (OData writes none)', 'x86, x64', false],
    ['no member', 'sparc', false],
    ['not a string', 4, false],
  ];
  it.each(cases)('%s', (_name, value, want) => {
    const validate = validators.get('validateWindowsArchitecture');
    expect((validate?.(value) as { ok: boolean }).ok).toBe(want);
    expect(schema(value)).toBe(want);
  });

  it('says so in the error', () => {
    expect(validators.get('validateWindowsArchitecture')?.('sparc')).toEqual({
      ok: false,
      errors: [{ path: '', expected: 'one of "none" | "x86" | "x64" | "arm" | "neutral", or several joined by ","', received: '"sparc"' }],
    });
  });
});

describe('helper names of types that share validators.ts never meet', () => {
  // A flags enum X has a one-member check beside its member check; an enum named XSingle has a
  // member check too: one module holds both, so their names must differ (it was `__isXSingleMember` twice).
  const single = enumOf('windowsArchitectureSingle', [['a', undefined], ['b', undefined]]);
  const model: ApiModel = { objects: [], enums: [ARCHITECTURE, single], operations: [], examples: [], diagnostics: [] };

  it('a flags enum and an enum named after its one-member check load together and both validate', async () => {
    const validators = await loadValidators(emitValidators(model, assignNames(model), loadTemplates()).files);
    expect((validators.get('validateWindowsArchitecture')?.('x86,arm') as { ok: boolean }).ok).toBe(true);
    expect((validators.get('validateWindowsArchitectureSingle')?.('b') as { ok: boolean }).ok).toBe(true);
    expect((validators.get('validateWindowsArchitectureSingle')?.('x86') as { ok: boolean }).ok).toBe(false);
  });
});
