// A consumer of the generated package, compiled with tsc --strict and NodeNext as a Node 20
// project would. It proves the types work for real code and prints what the validators say
// about the examples file given as its argument.
import { readFileSync } from 'node:fs';
import {
  EnrollmentState,
  postDeviceManagementImportedDeviceIdentities,
  type EnrollmentStateOpen,
  type GraphClient,
  isImportedDeviceIdentity,
  Platform,
  validateImportedDeviceIdentity,
  type AnyImportedDeviceIdentity,
  type ImportedDeviceIdentity,
  type ImportedDeviceIdentityResult,
  type ValidationResult,
} from 'md2ts-generated';

const device = {
  importedDeviceIdentifier: 'abc',
  importedDeviceIdentityType: 'imei',
  description: 'a device',
  enrollmentState: EnrollmentState.enrolled,
  platform: Platform.ios,
  lastContactedDateTime: '2016-12-31T23:58:44.2908994-08:00',
  id: 'inherited-from-entity',
} satisfies ImportedDeviceIdentity;
const result = { ...device, status: true } satisfies ImportedDeviceIdentityResult;
// A derived value goes wherever its base is expected.
const base: ImportedDeviceIdentity = result;
void base;
// The Any… union is tagged by @odata.type, so a switch narrows to the derived type.
const any: AnyImportedDeviceIdentity = { ...result, '@odata.type': '#microsoft.graph.importedDeviceIdentityResult' };
function statusOf(value: AnyImportedDeviceIdentity): boolean | undefined {
  switch (value['@odata.type']) {
    case '#microsoft.graph.importedDeviceIdentityResult':
      return value.status ?? undefined;
    default:
      return undefined;
  }
}
void statusOf;
// A request body takes the interface, so any derived value fits, but it must carry what the
// docs require on create.
export const send = (client: GraphClient): Promise<AnyImportedDeviceIdentity> => postDeviceManagementImportedDeviceIdentities(client, result);
// @ts-expect-error importedDeviceIdentifier, platform… are required on create
export const incomplete = (client: GraphClient): Promise<AnyImportedDeviceIdentity> => postDeviceManagementImportedDeviceIdentities(client, { description: 'x' });
// The open form of an enum accepts values the docs do not list yet.
export const later: EnrollmentStateOpen = 'someFutureState';

// @ts-expect-error "String" is not an EnrollmentState
const wrong: ImportedDeviceIdentity = { enrollmentState: 'String' };
void wrong;

const examples = JSON.parse(readFileSync(process.argv[2] ?? 'examples.json', 'utf8')) as { name: string; body: unknown }[];
const verdicts: { name: string; result: ValidationResult }[] = examples.map((example) => ({
  name: example.name,
  result: validateImportedDeviceIdentity(example.body),
}));
process.stdout.write(`${JSON.stringify({ verdicts, typedIsValid: isImportedDeviceIdentity(any) })}\n`);
