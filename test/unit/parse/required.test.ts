import { describe, expect, it } from 'vitest';
import { readRequired } from '../../../generator/parse/properties-table.js';

describe('readRequired', () => {
  const cases: [string, string | undefined, boolean, string, boolean | undefined][] = [
    ['a Required column saying Yes', 'Yes', false, '', true],
    ['a Required column saying No', 'No', false, 'Required.', false],
    ['an Optional column saying Yes', 'Yes', true, '', false],
    ['"Required." in the description', undefined, false, 'The name. Required.', true],
    ['"Optional." in the description', undefined, false, 'Optional. The name.', false],
    ['"not required"', undefined, false, 'This is not required.', undefined],
    ['nothing said', undefined, false, 'The display name.', undefined],
  ];
  it.each(cases)('%s', (_name, column, columnIsOptional, description, want) => {
    expect(readRequired(column, columnIsOptional, description)).toBe(want);
  });
});
