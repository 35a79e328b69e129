import Ajv2020Module from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { Project, ts } from 'ts-morph';
import { beforeAll, describe, expect, it } from 'vitest';
import { assignNames } from '../../../generator/emit/naming/assign-names.js';
import { propertySchema } from '../../../generator/emit/openapi/object-schema.js';
import { loadTemplates } from '../../../generator/emit/render/templates.js';
import { validatorFile, validatorRuntimeFile } from '../../../generator/emit/typescript/layout.js';
import { emitValidators } from '../../../generator/emit/typescript/validators.js';
import { baseChain, chainProperties, findDescendants } from '../../../generator/emit/typescript/validators/hierarchy.js';
import { odataTypeName } from '../../../generator/emit/typescript/validators/odata-type-name.js';
import type { PrimitiveName } from '../../../generator/model/index.js';
import { SAMPLE_MODEL } from '../../support/sample-model.js';
import { loadValidators, standInModelFiles, STRICT_OPTIONS, type LoadedFunction } from '../../support/validators-harness.js';
import { primitiveProperty, VALIDATORS_MODEL } from '../../support/validators-model.js';

// Both are CommonJS with `exports.default`: under NodeNext the default import is the whole `exports`.
const Ajv2020 = Ajv2020Module.default;
const addFormats = addFormatsModule.default;

const names = assignNames(VALIDATORS_MODEL);
const emitted = emitValidators(VALIDATORS_MODEL, names, loadTemplates());

let validators: ReadonlyMap<string, LoadedFunction> = new Map();
beforeAll(async () => {
  validators = await loadValidators(emitted.files);
});
const call = (name: string, value: unknown, options?: { acceptEvolvableMembers?: boolean }): unknown => {
  const run = validators.get(name);
  if (!run) throw new Error(`no emitted function ${name}`);
  return run(value, options);
};

const ENROLLMENT_STATES = 'one of "unknown" | "enrolled" | "pendingReset" | "failed" | "notContacted" | "blocked" | "unknownFutureValue"';
const VALID_IDENTITY = {
  id: 'b1f1e1d1',
  '@odata.etag': 'W/"1"',
  importedDeviceIdentifier: 'ABC123',
  enrollmentState: 'enrolled',
  lastModifiedDateTime: '2017-01-01T00:00:27.4696173+00:00',
  tags: ['a', 'b'],
  size: 42,
  session: { startDateTime: '2020-02-25T18:52:21.2169889Z', segments: [{ startDateTime: '2020-02-25T18:52:21Z', segments: [] }] },
  addedLater: { anything: true },
};

type Want = 'ok' | readonly { path: string; expected: string; received: string }[];
const error = (path: string, expected: string, received: string): { path: string; expected: string; received: string } => ({ path, expected, received });

describe('emitValidators: validate… results', () => {
  const cases: [string, { validator: string; value: unknown; options?: { acceptEvolvableMembers?: boolean }; want: Want }][] = [
    ['a complete valid value', { validator: 'validateImportedDeviceIdentity', value: VALID_IDENTITY, want: 'ok' }],
    ['an empty object (every property optional)', { validator: 'validateImportedDeviceIdentity', value: {}, want: 'ok' }],
    ['null for every property (Graph sends null for unset ones)', { validator: 'validateImportedDeviceIdentity', value: Object.fromEntries(Object.keys(VALID_IDENTITY).map((k) => [k, null])), want: 'ok' }],
    ['a wrong enum value', { validator: 'validateImportedDeviceIdentity', value: { enrollmentState: 'Enrolled' }, want: [error('enrollmentState', ENROLLMENT_STATES, '"Enrolled"')] }],
    ['a bad date-time', { validator: 'validateImportedDeviceIdentity', value: { lastModifiedDateTime: '2017-01-01 00:00' }, want: [error('lastModifiedDateTime', 'DateTimeOffset (ISO 8601)', '"2017-01-01 00:00"')] }],
    ['a number where a string goes', { validator: 'validateImportedDeviceIdentity', value: { importedDeviceIdentifier: 3 }, want: [error('importedDeviceIdentifier', 'string', 'number 3')] }],
    ['an inherited property', { validator: 'validateImportedDeviceIdentity', value: { id: false }, want: [error('id', 'string', 'boolean false')] }],
    ['a collection item', { validator: 'validateImportedDeviceIdentity', value: { tags: ['a', 3] }, want: [error('tags[1]', 'string', 'number 3')] }],
    ['null as a collection item', { validator: 'validateImportedDeviceIdentity', value: { tags: [null] }, want: [error('tags[0]', 'string', 'null')] }],
    ['a scalar where a collection goes', { validator: 'validateImportedDeviceIdentity', value: { tags: 'a' }, want: [error('tags', 'array of string', '"a"')] }],
    [
      'nested errors, with paths',
      {
        validator: 'validateImportedDeviceIdentity',
        value: { session: { startDateTime: 'yesterday', segments: [{ startDateTime: '2020-13-01T00:00:00Z' }, 'x'] } },
        want: [
          error('session.startDateTime', 'DateTimeOffset (ISO 8601)', '"yesterday"'),
          error('session.segments[0].startDateTime', 'DateTimeOffset (ISO 8601)', '"2020-13-01T00:00:00Z"'),
          error('session.segments[1]', 'CallRecordsSession object', '"x"'),
        ],
      },
    ],
    ['an array at the top', { validator: 'validateImportedDeviceIdentity', value: [], want: [error('', 'ImportedDeviceIdentity object', 'array')] }],
    ['null at the top', { validator: 'validateImportedDeviceIdentity', value: null, want: [error('', 'ImportedDeviceIdentity object', 'null')] }],
    ['every error, in property order', { validator: 'validateImportedDeviceIdentity', value: { id: 1, size: 1.5, enrollmentState: 2 }, want: [error('id', 'string', 'number 1'), error('enrollmentState', ENROLLMENT_STATES, 'number 2'), error('size', 'Int64 (integer, or a string of digits)', 'number 1.5')] }],
    ['Int64 sent as a string of digits', { validator: 'validateImportedDeviceIdentity', value: { size: '9007199254740993' }, want: 'ok' }],
    // Derived types, named by @odata.type.
    ['a derived type’s property, checked by the base’s validator', { validator: 'validateImportedDeviceIdentity', value: { '@odata.type': '#microsoft.graph.importedDeviceIdentityResult', status: 'yes' }, want: [error('status', 'boolean', '"yes"')] }],
    ['…named without the #', { validator: 'validateImportedDeviceIdentity', value: { '@odata.type': 'microsoft.graph.importedDeviceIdentityResult', status: 1 }, want: [error('status', 'boolean', 'number 1')] }],
    ['…named without the root namespace', { validator: 'validateImportedDeviceIdentity', value: { '@odata.type': '#importedDeviceIdentityResult', status: 1 }, want: [error('status', 'boolean', 'number 1')] }],
    ['…two levels down', { validator: 'validateEntity', value: { '@odata.type': '#microsoft.graph.importedDeviceIdentityResult', status: 1, enrollmentState: 'x' }, want: [error('enrollmentState', ENROLLMENT_STATES, '"x"'), error('status', 'boolean', 'number 1')] }],
    ['a valid derived value', { validator: 'validateEntity', value: { '@odata.type': '#microsoft.graph.importedDeviceIdentityResult', id: '1', status: true }, want: 'ok' }],
    ['a derived property without @odata.type: an unknown property', { validator: 'validateImportedDeviceIdentity', value: { status: 'yes' }, want: 'ok' }],
    ['the expected type itself', { validator: 'validateImportedDeviceIdentity', value: { '@odata.type': '#microsoft.graph.importedDeviceIdentity', status: 'yes' }, want: 'ok' }],
    ['a sub-namespace type, full and short', { validator: 'validateCallRecordsSession', value: { '@odata.type': '#microsoft.graph.callRecords.session', segments: [{ '@odata.type': 'callRecords.session' }] }, want: 'ok' }],
    ['a known, unrelated type', { validator: 'validateImportedDeviceIdentity', value: { '@odata.type': '#microsoft.graph.callRecords.session' }, want: [error('@odata.type', 'microsoft.graph.importedDeviceIdentity or a type derived from it', '"#microsoft.graph.callRecords.session"')] }],
    ['a base type where a derived one is expected', { validator: 'validateImportedDeviceIdentityResult', value: { '@odata.type': '#microsoft.graph.entity' }, want: [error('@odata.type', 'microsoft.graph.importedDeviceIdentityResult or a type derived from it', '"#microsoft.graph.entity"')] }],
    ['an unrelated type, nested', { validator: 'validateImportedDeviceIdentity', value: { session: { '@odata.type': '#microsoft.graph.entity' } }, want: [error('session.@odata.type', 'microsoft.graph.callRecords.session or a type derived from it', '"#microsoft.graph.entity"')] }],
    ['an @odata.type that is no string', { validator: 'validateEntity', value: { '@odata.type': 7 }, want: [error('@odata.type', 'microsoft.graph.entity or a type derived from it', 'number 7')] }],
    ['a type unknown to the package: checked as the expected type', { validator: 'validateImportedDeviceIdentity', value: { '@odata.type': '#microsoft.graph.addedNextYear', enrollmentState: 'x' }, want: [error('enrollmentState', ENROLLMENT_STATES, '"x"')] }],
    // Enums on their own, and evolvable members.
    ['an enum member', { validator: 'validateEnrollmentState', value: 'blocked', want: 'ok' }],
    ['not an enum member', { validator: 'validateEnrollmentState', value: 'Blocked', want: [error('', ENROLLMENT_STATES, '"Blocked"')] }],
    ['an evolvable member, not opted in', { validator: 'validateDeviceState', value: 'hibernating', want: [error('', 'one of "on" | "off" | "unknownFutureValue"', '"hibernating"')] }],
    ['an evolvable member, opted in', { validator: 'validateDeviceState', value: 'hibernating', options: { acceptEvolvableMembers: true }, want: 'ok' }],
    ['unknownFutureValue itself', { validator: 'validateDeviceState', value: 'unknownFutureValue', want: 'ok' }],
    ['a non-member, opted in', { validator: 'validateDeviceState', value: 'x', options: { acceptEvolvableMembers: true }, want: [error('', 'one of "on" | "off" | "unknownFutureValue" | "hibernating"', '"x"')] }],
    ['an evolvable member as a property', { validator: 'validateAllPrimitives', value: { state: 'hibernating', states: ['on', 'hibernating'] }, want: [error('state', 'one of "on" | "off" | "unknownFutureValue"', '"hibernating"'), error('states[1]', 'one of "on" | "off" | "unknownFutureValue"', '"hibernating"')] }],
    ['an evolvable member as a property, opted in', { validator: 'validateAllPrimitives', value: { state: 'hibernating', states: ['on', 'hibernating'] }, options: { acceptEvolvableMembers: true }, want: 'ok' }],
    // Odd property names and shapes.
    ['`constructor` absent is absent, not Object', { validator: 'validateAllPrimitives', value: {}, want: 'ok' }],
    ['`constructor` present is checked', { validator: 'validateAllPrimitives', value: { constructor: 1 }, want: [error('constructor', 'string', 'number 1')] }],
    ['a name that is no identifier', { validator: 'validateAllPrimitives', value: { 'display-name': 1 }, want: [error('display-name', 'string', 'number 1')] }],
    ['an @odata control property in the docs: ignored', { validator: 'validateAllPrimitives', value: { '@odata.etag': 'W/"x"' }, want: 'ok' }],
    ['a nested collection: outer shape checked', { validator: 'validateAllPrimitives', value: { matrix: [[1, 2], 3] }, want: [error('matrix[1]', 'array of Int32', 'number 3')] }],
    ['a collection of Stream: any items', { validator: 'validateAllPrimitives', value: { blobs: [1, 'a'], junk: { x: 1 } }, want: 'ok' }],
    ['a type with nothing to check: any object', { validator: 'validateOpaque', value: { content: 1 }, want: 'ok' }],
    ['a type with nothing to check: still an object', { validator: 'validateOpaque', value: 1, want: [error('', 'Opaque object', 'number 1')] }],
    ['a collection of Stream: still an array', { validator: 'validateAllPrimitives', value: { blobs: 'a' }, want: [error('blobs', 'array', '"a"')] }],
    ['an unknown @odata.type, however long', { validator: 'validateEntity', value: { id: null, '@odata.type': 'x'.repeat(100) }, want: 'ok' }],
  ];
  it.each(cases)('%s', (_, { validator, value, options, want }) => {
    expect(call(validator, value, options)).toEqual(want === 'ok' ? { ok: true } : { ok: false, errors: want });
  });
});

describe('emitValidators: formats and ranges of every primitive', () => {
  const cases: [PrimitiveName, { valid: unknown[]; invalid: unknown[] }][] = [
    ['String', { valid: ['', 'x'], invalid: [1, true, {}, []] }],
    ['Boolean', { valid: [true, false], invalid: ['true', 0] }],
    ['Byte', { valid: [0, 255], invalid: [-1, 256, 1.5, '1'] }],
    ['SByte', { valid: [-128, 127], invalid: [-129, 128, 0.5] }],
    ['Int16', { valid: [-32768, 32767], invalid: [-32769, 32768, 2.5] }],
    ['Int32', { valid: [-2147483648, 2147483647, 0], invalid: [-2147483649, 2147483648, 1.5, NaN, '1'] }],
    ['Int64', { valid: [2 ** 60, -5, '123', '-9223372036854775808'], invalid: [1.5, '12a', '', '1.0', Infinity] }],
    ['Single', { valid: [1.5, -0, 3e38], invalid: [NaN, Infinity, '1.5'] }],
    ['Double', { valid: [1e308, 0], invalid: [-Infinity, 'x'] }],
    ['Decimal', { valid: [0.1], invalid: ['0.1'] }],
    [
      'DateTimeOffset',
      {
        valid: ['2017-01-01T00:00:27.4696173+00:00', '2017-01-01T00:00:27Z', '2017-01-01T00:00:27.1234567890123Z', '2016-12-31T23:59:60Z'],
        invalid: ['2017-01-01', '2017-01-01T00:00:27', '2017-01-01T24:00:00Z', '2017-01-32T00:00:00Z', '2017-01-01T00:00Z', 'x'],
      },
    ],
    ['Date', { valid: ['2021-07-16'], invalid: ['2021-7-16', '2021-07-16T00:00:00Z', '2021-00-01'] }],
    ['TimeOfDay', { valid: ['13:45:00', '13:45:00.0000000', '00:00:00.1'], invalid: ['13:45', '24:00:00', '13:60:00', '13:45:00.'] }],
    ['Duration', { valid: ['PT1H30M', 'P1D', '-PT5S', 'P1Y2M3W4DT5H6M7.5S', 'PT0.5S'], invalid: ['P', 'PT', 'P1DT', '1D', 'PT1.H', 'pt1h'] }],
    ['Guid', { valid: ['d450c1e2-c1e2-d450-e2c1-50d4e2c150d4', 'D450C1E2-C1E2-D450-E2C1-50D4E2C150D4'], invalid: ['d450c1e2c1e2d450e2c150d4e2c150d4', '{d450c1e2-c1e2-d450-e2c1-50d4e2c150d4}', 'g450c1e2-c1e2-d450-e2c1-50d4e2c150d4'] }],
    // Whole quads, the last one short by its padding or, unpadded, by the padding's length.
    ['Binary', { valid: ['', 'aGVsbG8=', 'aGVsbG8', 'aGVsbA==', 'aGVsbA', 'a-_b', '+/+/'], invalid: ['a', 'a=b=', 'abc!', 'AA=', 'Adfsdfsdfsdfw==', 'aGVsbG8gV29ybGQ=x', 5] }],
    ['Stream', { valid: [1, 'x', {}, []], invalid: [] }],
    ['Untyped', { valid: [1, 'x', {}, []], invalid: [] }],
  ];
  it.each(cases)('%s', (primitive, { valid, invalid }) => {
    const key = primitiveProperty(primitive);
    for (const value of valid) expect(call('validateAllPrimitives', { [key]: value }), `${JSON.stringify(value)} is valid`).toEqual({ ok: true });
    for (const value of invalid) {
      const result = call('validateAllPrimitives', { [key]: value }) as { ok: boolean; errors?: { path: string }[] };
      expect(result.ok, `${String(value)} is invalid`).toBe(false);
      expect(result.errors?.map((e) => e.path)).toEqual([key]);
    }
  });

  // The bench compares these validators with Ajv on openapi.json: one verdict per value. (Ajv's
  // date-time and date formats also check a leap second against UTC and the days of each month,
  // which ours do not: no such value is in the corpus.)
  const ajv = new Ajv2020({ strict: false, validateFormats: true });
  addFormats(ajv);
  it.each(cases)('%s: the OpenAPI property schema gives the same verdicts under Ajv', (primitive, { valid, invalid }) => {
    const schema = ajv.compile({ type: 'object', properties: { value: propertySchema({ kind: 'primitive', name: primitive }, new Set()) } });
    for (const value of valid) expect(schema({ value }), `${JSON.stringify(value)} is valid`).toBe(true);
    for (const value of invalid.filter((v) => !Number.isNaN(v) && v !== Infinity && v !== -Infinity)) expect(schema({ value }), `${String(value)} is invalid`).toBe(false);
  });
});

describe('emitValidators: cycles and is…', () => {
  it('validates a value that contains itself, once, without hanging', () => {
    const session: Record<string, unknown> = { startDateTime: 'bad' };
    session.segments = [session, { segments: [session] }];
    expect(call('validateCallRecordsSession', session)).toEqual({ ok: false, errors: [error('startDateTime', 'DateTimeOffset (ISO 8601)', '"bad"')] });
    expect(call('isCallRecordsSession', session)).toBe(false);
    session.startDateTime = '2020-02-25T18:52:21Z';
    expect(call('validateCallRecordsSession', session)).toEqual({ ok: true });
    expect(call('isCallRecordsSession', session)).toBe(true);
  });

  it('checks an object again when it recurs as another type', () => {
    const shared: Record<string, unknown> = { startDateTime: 'bad' };
    shared.session = shared;
    // As an importedDeviceIdentity `startDateTime` is unknown; as its `session` it must be a DateTimeOffset.
    expect(call('validateImportedDeviceIdentity', shared)).toEqual({ ok: false, errors: [error('session.startDateTime', 'DateTimeOffset (ISO 8601)', '"bad"')] });
  });

  const cases: [string, { is: string; value: unknown; options?: { acceptEvolvableMembers?: boolean }; want: boolean }][] = [
    ['a valid object', { is: 'isImportedDeviceIdentity', value: VALID_IDENTITY, want: true }],
    ['an invalid object', { is: 'isImportedDeviceIdentity', value: { ...VALID_IDENTITY, tags: [1] }, want: false }],
    ['a derived value, invalid as derived', { is: 'isEntity', value: { '@odata.type': '#microsoft.graph.importedDeviceIdentityResult', status: 1 }, want: false }],
    ['a string', { is: 'isImportedDeviceIdentity', value: 'x', want: false }],
    ['an enum member', { is: 'isEnrollmentState', value: 'failed', want: true }],
    ['an evolvable member', { is: 'isDeviceState', value: 'hibernating', want: false }],
    ['an evolvable member, opted in', { is: 'isDeviceState', value: 'hibernating', options: { acceptEvolvableMembers: true }, want: true }],
  ];
  it.each(cases)('is…: %s', (_, { is, value, options, want }) => {
    expect(call(is, value, options)).toBe(want);
  });

  it('leaves no state behind: a failed is… does not leak into the next validate…', () => {
    expect(call('isImportedDeviceIdentity', { session: { segments: [{ startDateTime: 'bad' }] } })).toBe(false);
    expect(call('validateImportedDeviceIdentity', { id: 1 })).toEqual({ ok: false, errors: [error('id', 'string', 'number 1')] });
  });

  it('survives a validator called from a getter during another run', () => {
    const value = {
      get id(): string {
        expect(call('validateImportedDeviceIdentity', { tags: [1] })).toEqual({ ok: false, errors: [error('tags[0]', 'string', 'number 1')] });
        return 'x';
      },
      size: 'no',
    };
    expect(call('validateImportedDeviceIdentity', value)).toEqual({ ok: false, errors: [error('size', 'Int64 (integer, or a string of digits)', '"no"')] });
  });

  it('cuts long strings in `received`', () => {
    const result = call('validateEntity', { id: 5, '@odata.type': null, x: 'y'.repeat(100) });
    expect(result).toEqual({ ok: false, errors: [error('id', 'string', 'number 5')] });
    const long = call('validateEnrollmentState', 'z'.repeat(100)) as { errors: { received: string }[] };
    expect(long.errors[0]?.received).toBe(JSON.stringify(`${'z'.repeat(60)}…`));
  });
});

describe('emitValidators: files and exports', () => {
  it('lists only the public names', () => {
    expect(emitted.exports.map((e) => `${e.typeOnly ? 'type ' : ''}${e.name} (${e.file})`)).toEqual([
      `type ValidateOptions (${validatorRuntimeFile()})`,
      `type ValidationError (${validatorRuntimeFile()})`,
      `type ValidationResult (${validatorRuntimeFile()})`,
      ...[
        ['allPrimitives', 'AllPrimitives'],
        ['callRecords.session', 'CallRecordsSession'],
        ['entity', 'Entity'],
        ['importedDeviceIdentity', 'ImportedDeviceIdentity'],
        ['importedDeviceIdentityResult', 'ImportedDeviceIdentityResult'],
        ['opaque', 'Opaque'],
        ['deviceState', 'DeviceState'],
        ['enrollmentState', 'EnrollmentState'],
      ].flatMap(([, name]) => [`validate${name} (${validatorFile()})`, `is${name} (${validatorFile()})`]),
    ]);
  });

  it('emits one module of every type\'s validators, plus the runtime and the shared helpers', () => {
    expect([...emitted.files.keys()].sort()).toEqual([validatorFile(), 'src/validators/_internal.ts', 'src/validators/runtime.ts'].sort());
  });

  it('type-checks under strict, isolatedDeclarations and NodeNext, and narrows with is…', () => {
    const project = new Project({ useInMemoryFileSystem: true, compilerOptions: STRICT_OPTIONS });
    project.getFileSystem().writeFileSync('/pkg/package.json', '{ "type": "module" }');
    for (const [file, text] of [...emitted.files, ...standInModelFiles(VALIDATORS_MODEL, names)]) project.createSourceFile(`/pkg/${file}`, text);
    project.createSourceFile(
      '/pkg/src/usage.ts',
      `import type { EnrollmentState, ImportedDeviceIdentity } from './models.js';
import type { ValidationResult } from './validators/runtime.js';
import { isEnrollmentState, isImportedDeviceIdentity, validateImportedDeviceIdentity } from './validators.js';

export function use(value: unknown): string {
  const result: ValidationResult = validateImportedDeviceIdentity(value, { acceptEvolvableMembers: true });
  if (!result.ok) return result.errors.map((e) => \`\${e.path}: \${e.expected}, got \${e.received}\`).join('\\n');
  // @ts-expect-error: unknown until narrowed
  const before: ImportedDeviceIdentity = value;
  if (isImportedDeviceIdentity(value)) {
    const identity: ImportedDeviceIdentity = value;
    return String(identity['@odata.type']) + String(before);
  }
  if (isEnrollmentState(value)) {
    const state: EnrollmentState = value;
    return state;
  }
  return '';
}
`,
    );
    const diagnostics = project
      .getPreEmitDiagnostics()
      .map((d) => `${d.getSourceFile()?.getFilePath() ?? ''}:${d.getLineNumber() ?? 0}: ${ts.flattenDiagnosticMessageText(d.getMessageText() as string | ts.DiagnosticMessageChain, '\n')}`);
    expect(diagnostics).toEqual([]);
  });

  it('declares every file on its own (transpileDeclaration, as md2ts builds the package)', () => {
    for (const [file, text] of emitted.files) {
      const result = ts.transpileDeclaration(text, { fileName: file, compilerOptions: STRICT_OPTIONS, reportDiagnostics: true });
      expect((result.diagnostics ?? []).map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n')), file).toEqual([]);
    }
  });

  it('snapshots the emitted code', async () => {
    // importedDeviceIdentity (an object with a derived type), deviceState (a flags enum)…
    await expect(emitted.files.get(validatorFile())).toMatchFileSnapshot('__snapshots__/validators/validators.ts.snap');
    await expect(emitted.files.get('src/validators/_internal.ts')).toMatchFileSnapshot('__snapshots__/validators/internal.ts.snap');
  });
});

describe('validator views', () => {
  it.each([
    ['microsoft.graph.entity', ['microsoft.graph.importedDeviceIdentity', 'microsoft.graph.importedDeviceIdentityResult']],
    ['microsoft.graph.importedDeviceIdentity', ['microsoft.graph.importedDeviceIdentityResult']],
    ['microsoft.graph.importedDeviceIdentityResult', []],
    ['microsoft.graph.callRecords.session', []],
  ])('findDescendants(%s)', (id, want) => {
    expect(findDescendants(SAMPLE_MODEL.objects).get(id)).toEqual(want);
  });

  it('findDescendants survives a base cycle', () => {
    const [a, b] = (['a', 'b'] as const).map((name) => ({ ...SAMPLE_MODEL.objects[0]!, id: name, name, base: name === 'a' ? 'b' : 'a' }));
    expect(findDescendants([a!, b!])).toEqual(new Map([['a', ['b']], ['b', ['a']]]));
  });

  it('chainProperties of a baseChain puts inherited properties first', () => {
    const byId = new Map(SAMPLE_MODEL.objects.map((o) => [o.id, o]));
    const result = byId.get('microsoft.graph.importedDeviceIdentityResult')!;
    expect(chainProperties(baseChain(result, byId)).map((p) => p.name)).toEqual(['id', 'importedDeviceIdentifier', 'enrollmentState', 'lastModifiedDateTime', 'tags', 'size', 'session', 'status']);
  });

  it.each([
    ['microsoft.graph.user', 'microsoft.graph', 'user'],
    ['microsoft.graph.callRecords.session', 'microsoft.graph', 'callRecords.session'],
    ['other.ns.thing', 'microsoft.graph', 'other.ns.thing'],
    ['thing', '', 'thing'],
  ])('odataTypeName(%s, %s) = %s', (id, root, want) => {
    expect(odataTypeName(id, root)).toBe(want);
  });
});
