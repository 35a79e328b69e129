import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readSeedPages } from '../support/seeds.js';

/**
 * A docs tree of `copies` renamed copies of the seed pages (`copy7ImportedDeviceIdentity`,
 * `POST /deviceManagement/copy7ImportedDeviceIdentities`, ...): distinct types and operations,
 * so the package grows with it, for runs that must take a while.
 */
export function writeLargeInput(dir: string, copies: number): void {
  mkdirSync(dir, { recursive: true });
  for (const page of readSeedPages()) {
    for (let i = 0; i < copies; i++) {
      const text = page.text.replace(/importedDeviceIdentit/g, `copy${i}ImportedDeviceIdentit`).replace(/importeddeviceidentit/g, `copy${i}importeddeviceidentit`);
      writeFileSync(join(dir, `copy${i}-${page.file}`), text);
    }
  }
}
