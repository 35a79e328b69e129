import { describe, expect, it } from 'vitest';
import type { Md2tsConfig } from '../../generator/config/config.js';
import type { GenerateFlags, ResolvedSettings } from '../../generator/config/resolve-options.js';
import { DEFAULT_SETTINGS, resolveSettings } from '../../generator/config/resolve-options.js';
import { applySeverityOverrides } from '../../generator/config/severity-overrides.js';
import { diagnostic } from '../../generator/model/index.js';

describe('resolveSettings: flags, then the config file, then the defaults', () => {
  const table: [string, { flags: GenerateFlags; config: Md2tsConfig; dir: string; want: Partial<ResolvedSettings> }][] = [
    ['nothing given', { flags: {}, config: {}, dir: '.', want: DEFAULT_SETTINGS }],
    ['config paths are relative to its folder', { flags: {}, config: { input: 'docs', out: '../pkg' }, dir: 'conf', want: { input: 'conf/docs', out: 'pkg' } }],
    ['absolute config paths stay', { flags: {}, config: { input: '/abs/docs' }, dir: 'conf', want: { input: '/abs/docs' } }],
    ['flags win, as given', { flags: { input: 'x', packageName: 'flag-name' }, config: { input: 'docs', packageName: 'conf-name', packageVersion: '2.0.0' }, dir: 'conf', want: { input: 'x', packageName: 'flag-name', packageVersion: '2.0.0' } }],
    ['emitters and severity come from the config only', { flags: {}, config: { emitters: ['models'], severity: { 'input-empty': 'off' } }, dir: '.', want: { emitters: ['models'], severity: { 'input-empty': 'off' } } }],
  ];
  it.each(table)('%s', (_name, { flags, config, dir, want }) => {
    expect(resolveSettings(flags, config, dir)).toMatchObject(want);
  });
});

describe('applySeverityOverrides', () => {
  const place = { file: 'a.md', line: 1, column: 1 };
  const warning = diagnostic('json-parse-error', place, { reason: 'x' });
  const info = diagnostic('undocumented-type', place, { name: 'y' });
  const table: [string, { overrides: Parameters<typeof applySeverityOverrides>[1]; want: [string, string][] }][] = [
    ['none', { overrides: {}, want: [['json-parse-error', 'warning'], ['undocumented-type', 'info']] }],
    ['off drops the code', { overrides: { 'json-parse-error': 'off' }, want: [['undocumented-type', 'info']] }],
    ['raise and lower', { overrides: { 'json-parse-error': 'info', 'undocumented-type': 'error' }, want: [['json-parse-error', 'info'], ['undocumented-type', 'error']] }],
  ];
  it.each(table)('%s', (_name, { overrides, want }) => {
    expect(applySeverityOverrides([warning, info], overrides).map((d) => [d.code, d.severity])).toEqual(want);
  });
});
