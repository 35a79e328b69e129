/** Words TypeScript will not take as a type, function or variable name. */
const RESERVED = new Set(
  (
    'break case catch class const continue debugger default delete do else enum export extends false finally for ' +
    'function if import in instanceof new null return super switch this throw true try typeof var void while with ' +
    'implements interface let package private protected public static yield any boolean number string symbol ' +
    'object unknown never undefined bigint await async type of declare namespace module require global constructor arguments eval'
  ).split(' '),
);

/** Splits a doc name into words: `importedDeviceIdentity`, `user-id`, `IPv6Range`, `odata.type`. */
export function splitWords(text: string): string[] {
  return text
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .split(/[^A-Za-z0-9]+/)
    .filter((word) => word.length > 0);
}

function capitalize(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/** `importedDeviceIdentity` → `ImportedDeviceIdentity`; keeps inner capitals (`macOS` → `MacOS`). */
export function toPascalCase(text: string): string {
  const words = splitWords(text);
  return safeIdentifier(words.map(capitalize).join(''));
}

/** `user-id` → `userId`; `Id` → `id`. */
export function toCamelCase(text: string): string {
  const pascal = toPascalCase(text);
  return safeIdentifier(pascal.charAt(0).toLowerCase() + pascal.slice(1));
}

/** Makes any text a usable identifier: reserved words and leading digits get an underscore. */
export function safeIdentifier(text: string): string {
  let name = text.replace(/[^A-Za-z0-9_$]/g, '_');
  if (name === '') name = '_';
  if (/^[0-9]/.test(name)) name = `_${name}`;
  if (RESERVED.has(name)) name = `${name}_`;
  return name;
}

/** True when a wire property name can stand unquoted as an object key. */
export function isPlainPropertyKey(name: string): boolean {
  return /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(name);
}

/**
 * A property key as TypeScript source: bare when it can be, else a JSON string (which escapes
 * all it must). `__proto__` is computed: written bare or quoted in an object literal it sets
 * the object's prototype instead of making a property, so an enum member of that name would
 * vanish from its const object at run time.
 */
export function propertyKey(name: string): string {
  if (name === '__proto__') return '["__proto__"]';
  return isPlainPropertyKey(name) ? name : JSON.stringify(name);
}
