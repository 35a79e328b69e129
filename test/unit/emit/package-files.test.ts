import { describe, expect, it } from 'vitest';
import type { PublicExport } from '../../../generator/emit/typescript/emitted-files.js';
import { exampleImports } from '../../../generator/emit/typescript/package-files.js';

const value = (name: string): PublicExport => ({ file: 'src/x.ts', name, typeOnly: false });
const type = (name: string): PublicExport => ({ file: 'src/x.ts', name, typeOnly: true });

const cases: [string, { exports: PublicExport[]; preferred: string | undefined; want: string[] }][] = [
  ['client and the preferred validator', { exports: [value('createClient'), value('validateA'), value('validateWidget')], preferred: 'validateWidget', want: ['createClient', 'validateWidget'] }],
  ['the first validator when the preferred one was not emitted', { exports: [value('validateB'), value('validateA')], preferred: 'validateWidget', want: ['validateA'] }],
  ['type-only names are never imported as values', { exports: [type('createClient'), type('validateA')], preferred: 'validateA', want: [] }],
  ['nothing to show for a models-only package', { exports: [type('Widget')], preferred: undefined, want: [] }],
];

describe("exampleImports: the generated README's import line, from what was emitted", () => {
  it.each(cases)('%s', (_name, { exports, preferred, want }) => {
    expect(exampleImports(exports, preferred)).toEqual(want);
  });
});
