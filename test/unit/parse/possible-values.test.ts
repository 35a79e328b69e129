import { describe, expect, it } from 'vitest';
import { readPossibleValues } from '../../../generator/parse/possible-values.js';

describe('readPossibleValues', () => {
  const cases: [string, string, string[] | undefined][] = [
    ['backticked (seed 000)', 'Possible values are: `unknown`, `imei`, `serialNumber`.', ['unknown', 'imei', 'serialNumber']],
    ['after prose (seed 001)', 'Type of identity. Inherited from x. Possible values are: `unknown`, `imei`.', ['unknown', 'imei']],
    ['plain with or', 'The possible values are: none, low or high.', ['none', 'low', 'high']],
    ['can be one of', 'The status can be one of `active`, `inactive`.', ['active', 'inactive']],
    ['a range is no enum', 'Valid values 1 to 365.', undefined],
    ['no lead-in', 'The display name.', undefined],
    ['prose after the lead-in is no list', 'Possible values are described in the table below.', undefined],
    // The list ends with its sentence: later sentences mention other values (signin.md, recurrencepattern.md).
    ['a later sentence is not the list', 'The possible values are: `none`, `hidden`. Supports `$filter` (`eq` operator only).', ['none', 'hidden']],
    ['"Required if" after the list', 'The possible values are: `first`, `last`. Optional and used if **type** is `relativeMonthly`.', ['first', 'last']],
    ['a sentence per member continues the list', 'Possible values are: `submitted` — under review. `published` — approved.', ['submitted', 'published']],
    ['"e.g." does not end the sentence', 'Possible values: `application` for application permissions (e.g. app roles), or `delegated`. The value `other` is not.', ['application', 'delegated']],
    ['the lead-in whose sentence lists members', 'See the Enum definition for supported values. Possible values are: `noProtection`, `encryptAndAuditOnly`.', ['noProtection', 'encryptAndAuditOnly']],
    ['a period or semicolon inside a member ends nothing', 'Possible values are: `a`, `x.y; z`, `c`. Later `d`.', ['a', 'c']],
    ['`null` is JSON, not a member', 'Possible values are: `null`, `requireNumberMatching`.', ['requireNumberMatching']],
  ];
  it.each(cases)('%s', (_name, given, want) => {
    expect(readPossibleValues(given)).toEqual(want);
  });
});
