import { describe, expect, it } from 'vitest';
import { parsePage } from '../../../generator/parse/parse-page.js';

const page = (body: string): string => `---
title: "base resource type"
---
# base resource type

Namespace: microsoft.graph

${body}
`;

describe('derived types on a base type page', () => {
  const cases: [string, string, string[]][] = [
    [
      'a Derived types section with a table (meetinginfo.md)',
      '## Derived types\n\n| Type | Description |\n|:--|:--|\n| [organizerMeetingInfo](./organizermeetinginfo.md) | Organizer. |\n| [tokenMeetingInfo](tokenmeetinginfo.md) | Token. |\n',
      ['organizerMeetingInfo', 'tokenMeetingInfo'],
    ],
    [
      'a sentence naming them (educationoutcome.md)',
      'This is a base class; the derived types are [educationFeedbackOutcome](a.md), [educationPointsOutcome](b.md), and [educationRubricOutcome](c.md).\n',
      ['educationFeedbackOutcome', 'educationPointsOutcome', 'educationRubricOutcome'],
    ],
    [
      'a sentence introducing a list (apiauthenticationconfigurationbase.md)',
      'The base type.\n\nDerived types include:\n- [basicAuthentication](basicauthentication.md) for HTTP basic authentication\n- [pkcs12Certificate](pkcs12certificate.md) for certificates\n\n## Properties\n\nNone.\n',
      ['basicAuthentication', 'pkcs12Certificate'],
    ],
    ['a list after an unrelated sentence is not read', 'See also:\n- [otherThing](other.md)\n', []],
    ['a passing mention without links names none', 'The requested, derived type of place.\n', []],
  ];
  it.each(cases)('%s', (_name, body, want) => {
    expect(parsePage('resources/base.md', page(body)).derivedTypes.map((d) => d.name)).toEqual(want);
  });
});

describe('function pages', () => {
  const cases: [string, string, boolean][] = [
    ['a Function parameters section (driveitem-delta.md)', '## HTTP request\n```http\nGET /me/drive/root/delta\n```\n## Function parameters\n\nNone.\n', true],
    ['"this function returns" in the Response section', '## HTTP request\n```http\nGET /reports/getX\n```\n## Response\n\nIf successful, this function returns a `200 OK` response code.\n', true],
    ['a plain list page', '## HTTP request\n```http\nGET /me/photos\n```\n## Response\n\nIf successful, this method returns a `200 OK` response code.\n', false],
  ];
  it.each(cases)('%s', (_name, body, want) => {
    expect(parsePage('api/x.md', page(body)).operation?.isFunction).toBe(want);
  });
});
