/**
 * Values that JSON representation blocks write on purpose in place of real data: a type name
 * (`"String"`, `"Int32"`, `"String (identifier)"`, `"Edm.Guid"`), a made-up token
 * (`"datetime-value"`, `"<Unknown Primitive Type Edm.Stream>"`), or an enum written inline
 * (`"incoming | outgoing"`). Recognised by shape, so no list of pages is needed.
 */
const TYPE_WORD = /^(?:edm\.)?(?:string|int(?:16|32|64)?|integer|long|bool(?:ean)?|double|single|float|decimal|byte|sbyte|date(?:time(?:offset)?)?|timeofday|time|duration|guid|uuid|binary|stream|number|timestamp|url|uri)(?:\s*\(.*\))?(?:\s+collection)?$/i;

export function isPlaceholderValue(value: unknown): boolean {
  if (typeof value !== 'string') return false;
  const text = value.trim();
  return TYPE_WORD.test(text) || /^[\w-]*-value$/i.test(text) || /^<.*>$/.test(text) || /^\w+(?:\s*\|\s*\w+)+$/.test(text);
}
