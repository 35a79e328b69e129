/**
 * Lead-ins that introduce an enum's members in a description: "Possible values are:",
 * "The possible values are", "Supported values are", "can be one of", "Valid values are".
 */
const LEAD_IN =
  /(?:possible values?(?: for this property)?(?: are| is| include)?|supported values(?: are)?|valid values(?: are)?|allowed values(?: are)?|can be one of(?: the following)?(?: values)?|one of the following values)\s*:?\s*/i;

const LEAD_IN_ALL = new RegExp(LEAD_IN.source, 'gi');

/**
 * A word that can be an enum member: an identifier, as the wire has them; not `null`, which
 * is JSON's null (microsoftauthenticatorauthenticationmethodtarget.md: "Possible values are:
 * `null`, `requireNumberMatching`").
 */
const MEMBER = /^(?!null$)[A-Za-z_][A-Za-z0-9_]*$/;

/**
 * Reads the members a description lists after a lead-in ("Possible values are: `unknown`,
 * `imei`, `serialNumber`."), as seeds 000 and 001 write them. Backticked members win when
 * there are any (the text around them is prose); otherwise comma/"and"/"or" lists of plain
 * identifiers. Returns undefined when there is no list, or when it is a range ("1 to 365").
 */
export function readPossibleValues(textWithCode: string): string[] | undefined {
  // A description may say "supported values" before the list's own lead-in (intune-mam pages:
  // "See the Enum definition for supported values. Possible values are: `noProtection`, …"):
  // the first lead-in whose sentence holds backticked members gives them.
  let first: string | undefined;
  for (const lead of textWithCode.matchAll(LEAD_IN_ALL)) {
    const tail = textWithCode.slice((lead.index ?? 0) + lead[0].length);
    first ??= tail;
    const coded = [...listSentence(tail).matchAll(/`([^`]+)`/g)].map((m) => (m[1] ?? '').trim()).filter((member) => MEMBER.test(member));
    if (coded.length > 0) return unique(coded);
  }
  if (first === undefined || /`/.test(first)) return undefined;
  // Plain lists end at the sentence's end: the first period followed by a space or the end.
  const sentence = first.split(/\.(?:\s|$)/)[0] ?? '';
  if (/\b\d+\s+(?:to|through|-)\s+\d+\b/.test(sentence)) return undefined;
  const words = sentence
    .split(/,|\bor\b|\band\b/)
    .map((word) => word.replace(/["'*]/g, '').trim())
    .filter((word) => word.length > 0);
  if (words.length === 0 || !words.every((word) => MEMBER.test(word))) return undefined;
  return unique(words);
}

/**
 * The part of the text after a lead-in that the list fills: up to the first sentence that
 * starts with a word. Sentences after the list mention other values (signin.md: "Supports
 * `$filter` (`eq` operator only)"; recurrencepattern.md: "Required if **type** is `weekly`"),
 * while a list whose members each get a sentence continues with the next member
 * (teamsappdefinition.md: "`submitted` — … under review. `published` — …").
 */
function listSentence(tail: string): string {
  // A period or semicolon inside a backticked member (`a.b`, `x; y`) ends nothing: code spans are
  // masked, length kept, before looking for the end.
  const masked = tail.replace(/`[^`]*`/g, (code) => `\`${'x'.repeat(code.length - 2)}\``);
  // "e.g. app roles", "i.e. single tenant" do not end the sentence.
  const end = /(?<!\b[a-z]\.[a-z])[.;]\s+(?=[^\s`])/i.exec(masked);
  return end ? tail.slice(0, end.index) : tail;
}

function unique(values: readonly string[]): string[] {
  return [...new Set(values)];
}
