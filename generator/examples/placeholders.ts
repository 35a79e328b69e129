/**
 * Values that JSON representation blocks write on purpose in place of real data: a type name
 * (`"String"`, `"Int32"`, `"String (identifier)"`, `"Edm.Guid"`), a made-up token
 * (`"datetime-value"`, `"<Unknown Primitive Type Edm.Stream>"`), or an enum written inline
 * (`"incoming | outgoing"`). Recognised by shape, so no list of pages is needed.
 */
const TYPE_WORD = /^(?:edm\.)?(?:string|int(?:16|32|64)?|integer|long|bool(?:ean)?|double|single|float|decimal|byte|sbyte|date(?:time(?:offset)?)?|timeofday|time|duration|guid|uuid|binary|stream|number|timestamp|url|uri)(?:\s*\(.*\))?(?:\s+collection)?$/i;

/**
 * A type named where a value goes, the way representation blocks write a property's type:
 * `"sharingDetail"` (insights-shared.md), `"microsoft.graph.meetingMessageType"`,
 * `"collection(microsoft.graph.permissionGrantConditionSet)"` (permissiongrantpolicy.md),
 * `"@odata.type: microsoft.graph.alertSeverity"` (alert.md). `typeNames` holds the model's
 * type ids and names, lower-cased.
 */
function namesType(text: string, typeNames: ReadonlySet<string>): boolean {
  const bare = text
    .replace(/^@odata\.type\s*:\s*/i, '')
    .replace(/^#/, '')
    .replace(/^collection\((.*)\)$/i, '$1')
    .trim()
    .toLowerCase();
  return typeNames.has(bare) || TYPE_WORD.test(bare);
}

/** Whether a value is a placeholder; `typeNames` (lower-cased ids and names) lets a named type count as one. */
export function isPlaceholderValue(value: unknown, typeNames: ReadonlySet<string> = new Set()): boolean {
  // `{"@odata.type": "microsoft.graph.authenticationMethodKeyStrength"}` for an enum or a
  // collection (windowshelloforbusinessauthenticationmethod.md): the type, written as an object.
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
    const keys = Object.keys(value);
    const odataType = (value as Record<string, unknown>)['@odata.type'];
    return keys.length === 1 && typeof odataType === 'string';
  }
  if (typeof value !== 'string') return false;
  const text = value.trim();
  return TYPE_WORD.test(text) || /^[\w-]*-value$/i.test(text) || /^<.*>$/.test(text) || /^\w+(?:\s*\|\s*\w+)+$/.test(text) || namesType(text, typeNames);
}
