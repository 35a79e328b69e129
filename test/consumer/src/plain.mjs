// Plain Node ESM JavaScript, no TypeScript anywhere: the package must work from here too.
import { EnrollmentState, validateEnrollmentState, validateImportedDeviceIdentityResult } from 'md2ts-generated';

const checks = {
  member: validateEnrollmentState(EnrollmentState.blocked).ok,
  notMember: validateEnrollmentState('String').ok,
  derived: validateImportedDeviceIdentityResult({ status: 'yes' }),
};
process.stdout.write(`${JSON.stringify(checks)}\n`);
