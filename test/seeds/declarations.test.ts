import { describe, expect, it } from 'vitest';
import { generateSeeds } from '../support/seeds.js';

describe("the package's declarations", () => {
  it('declare only the validators themselves: the helpers they share (`__checkX`, `__isXMember`) are local to their module', () => {
    const { files } = generateSeeds();
    const declarations = files.get('dist/validators.d.ts') ?? '';
    expect(declarations).toMatch(/export declare function validateImportedDeviceIdentity\(/);
    expect(declarations).not.toMatch(/\b__\w+/);
    // Their JavaScript still has them, unexported: validators of other types call them.
    const js = files.get('dist/validators.js') ?? '';
    expect(js).toMatch(/^function __checkImportedDeviceIdentity\(/m);
    expect(js).not.toMatch(/export function __/);
  });
});
