import { describe, expect, it } from 'vitest';
import { generateSeeds } from '../support/seeds.js';

describe("the package's declarations", () => {
  it('leave out the @internal helpers validators share (`__checkX`, `__isXMember`), which the index never exports', () => {
    const { files } = generateSeeds();
    const declarations = [...files].filter(([path]) => path.startsWith('dist/validators/') && path.endsWith('.d.ts') && !path.endsWith('_internal.d.ts'));
    expect(declarations.length).toBeGreaterThan(0);
    for (const [, text] of declarations) expect(text).not.toMatch(/\b__\w+/);
    // Their JavaScript still has them: other validators call them.
    expect(files.get('dist/validators/imported-device-identity.js')).toMatch(/export function __checkImportedDeviceIdentity\(/);
  });
});
