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
  ];
  it.each(cases)('%s', (_name, given, want) => {
    expect(readPossibleValues(given)).toEqual(want);
  });
});
