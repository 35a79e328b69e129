import { describe, expect, it } from 'vitest';
import { formatConfigProblem } from '../../generator/config/config.js';
import type { Md2tsConfig } from '../../generator/config/config.js';
import { validateConfig } from '../../generator/config/validate-config.js';

const problemsOf = (text: string): string[] => {
  const result = validateConfig(text);
  return result.ok ? [] : result.problems.map((p) => formatConfigProblem('md2ts.config.json', p));
};

describe('validateConfig: valid files', () => {
  const table: [string, { given: string; want: Md2tsConfig }][] = [
    ['an empty object', { given: '{}', want: {} }],
    [
      'every key',
      {
        given: JSON.stringify({
          $schema: './schema.json',
          input: 'docs',
          out: 'pkg',
          packageName: '@contoso/graph-types',
          packageVersion: '1.2.3-beta.1',
          emitters: ['models', 'openapi'],
          severity: { 'json-parse-error': 'off', 'undocumented-type': 'warning' },
        }),
        want: { input: 'docs', out: 'pkg', packageName: '@contoso/graph-types', packageVersion: '1.2.3-beta.1', emitters: ['models', 'openapi'], severity: { 'json-parse-error': 'off', 'undocumented-type': 'warning' } },
      },
    ],
    ['models with validators and operations', { given: '{ "emitters": ["operations", "validators", "models"] }', want: { emitters: ['operations', 'validators', 'models'] } }],
  ];
  it.each(table)('%s', (_name, { given, want }) => {
    expect(validateConfig(given)).toEqual({ ok: true, config: want });
  });
});

describe('validateConfig: every wrong key and value gets file:line:col, key path and what was expected', () => {
  const table: [string, { given: string; want: string[] }][] = [
    ['an empty file', { given: '', want: ['md2ts.config.json:1:1: not valid JSON: ValueExpected'] }],
    ['not an object', { given: '["docs"]', want: ['md2ts.config.json:1:1: expected a JSON object of settings, got an array'] }],
    ['a trailing comma', { given: '{\n  "input": "docs",\n}', want: ['md2ts.config.json:3:1: not valid JSON: PropertyNameExpected', 'md2ts.config.json:3:1: not valid JSON: ValueExpected'] }],
    ['a comment', { given: '{ // docs\n}', want: ['md2ts.config.json:1:3: not valid JSON: InvalidCommentToken'] }],
    [
      'an unknown key, with a suggestion',
      { given: '{\n  "inptu": "docs"\n}', want: ['md2ts.config.json:2:3: inptu: unknown key (did you mean "input"?); expected one of "input", "out", "packageName", "packageVersion", "emitters", "validateExamples", "severity"'] },
    ],
    ['a key given twice', { given: '{ "out": "a", "out": "b" }', want: ['md2ts.config.json:1:15: out: key given twice'] }],
    ['a number for a path', { given: '{ "input": 3 }', want: ['md2ts.config.json:1:12: input: expected a folder path (a non-empty string), got the number 3'] }],
    ['an empty path', { given: '{ "out": " " }', want: ['md2ts.config.json:1:10: out: expected a folder path (a non-empty string), got " "'] }],
    ['a bad package name', { given: '{ "packageName": "My Package" }', want: ['md2ts.config.json:1:18: packageName: expected an npm package name (lower case, URL-safe, optionally @scope/name), got "My Package"'] }],
    ['a bad version', { given: '{ "packageVersion": "1.0" }', want: ['md2ts.config.json:1:21: packageVersion: expected a SemVer version such as "1.2.0", got "1.0"'] }],
    ['emitters not an array', { given: '{ "emitters": "models" }', want: ['md2ts.config.json:1:15: emitters: expected a non-empty array of emitter names, each one of "models", "validators", "operations", "openapi", got "models"'] }],
    ['no emitters', { given: '{ "emitters": [] }', want: ['md2ts.config.json:1:15: emitters: expected a non-empty array of emitter names, each one of "models", "validators", "operations", "openapi", got an empty array'] }],
    [
      'an unknown emitter and a duplicate',
      {
        given: '{ "emitters": ["models", "validator", "models", null] }',
        want: [
          'md2ts.config.json:1:26: emitters[1]: expected one of "models", "validators", "operations", "openapi", got "validator" (did you mean "validators"?)',
          'md2ts.config.json:1:39: emitters[2]: "models" is listed twice',
          'md2ts.config.json:1:49: emitters[3]: expected one of "models", "validators", "operations", "openapi", got null',
        ],
      },
    ],
    ['validators without models', { given: '{ "emitters": ["validators", "openapi"] }', want: ['md2ts.config.json:1:15: emitters: validators import the types "models" emits: add "models"'] }],
    ['severity not an object', { given: '{ "severity": "off" }', want: ['md2ts.config.json:1:15: severity: expected an object of diagnostic code → one of "off", "info", "warning", "error", got "off"'] }],
    [
      'an unknown code and a bad setting',
      {
        given: '{\n  "severity": {\n    "json-parse-eror": "off",\n    "missing-front-matter": "fatal"\n  }\n}',
        want: [
          'md2ts.config.json:3:5: severity.json-parse-eror: unknown diagnostic code (did you mean "json-parse-error"?); the codes are listed in md2ts generate --help',
          'md2ts.config.json:4:29: severity.missing-front-matter: expected one of "off", "info", "warning", "error", got "fatal"',
        ],
      },
    ],
    ['problems in several keys at once', { given: '{ "input": false, "out": null }', want: ['md2ts.config.json:1:12: input: expected a folder path (a non-empty string), got the boolean false', 'md2ts.config.json:1:26: out: expected a folder path (a non-empty string), got null'] }],
  ];
  it.each(table)('%s', (_name, { given, want }) => {
    expect(problemsOf(given)).toEqual(want);
  });
});
