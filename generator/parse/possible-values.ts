/**
 * Lead-ins that introduce an enum's members in a description: "Possible values are:",
 * "The possible values are", "Supported values are", "can be one of", "Valid values are".
 */
const LEAD_IN =
  /(?:possible values?(?: for this property)?(?: are| is| include)?|supported values(?: are)?|valid values(?: are)?|allowed values(?: are)?|can be one of(?: the following)?(?: values)?|one of the following values)\s*:?\s*/i;

/** A word that can be an enum member: an identifier, as the wire has them. */
const MEMBER = /^[A-Za-z_][A-Za-z0-9_]*$/;

/**
 * Reads the members a description lists after a lead-in ("Possible values are: `unknown`,
 * `imei`, `serialNumber`."), as seeds 000 and 001 write them. Backticked members win when
 * there are any (the text around them is prose); otherwise comma/"and"/"or" lists of plain
 * identifiers. Returns undefined when there is no list, or when it is a range ("1 to 365").
 */
export function readPossibleValues(textWithCode: string): string[] | undefined {
  const lead = LEAD_IN.exec(textWithCode);
  if (!lead) return undefined;
  const tail = textWithCode.slice(lead.index + lead[0].length);
  const coded = [...tail.matchAll(/`([^`]+)`/g)].map((m) => (m[1] ?? '').trim());
  if (coded.length > 0) {
    const members = coded.filter((member) => MEMBER.test(member));
    return members.length > 0 ? unique(members) : undefined;
  }
  // Plain lists end at the sentence's end: the first period followed by a space or the end.
  const sentence = tail.split(/\.(?:\s|$)/)[0] ?? '';
  if (/\b\d+\s+(?:to|through|-)\s+\d+\b/.test(sentence)) return undefined;
  const words = sentence
    .split(/,|\bor\b|\band\b/)
    .map((word) => word.replace(/["'*]/g, '').trim())
    .filter((word) => word.length > 0);
  if (words.length === 0 || !words.every((word) => MEMBER.test(word))) return undefined;
  return unique(words);
}

function unique(values: readonly string[]): string[] {
  return [...new Set(values)];
}
