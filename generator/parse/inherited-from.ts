import type { CellLink } from './tables.js';

/**
 * "Inherited from [entity](../resources/entity.md)" in a property's description: the property
 * is declared on that type, and the described type derives from it. The link text names the
 * type (file names in links are often stale: seed 001 links `intune_enrollment_…` files).
 */
export function readInheritedFrom(text: string, links: readonly CellLink[]): string | undefined {
  const match = /\binherited from\s+(?:the\s+)?\[?([A-Za-z_][\w.]*)/i.exec(text);
  if (!match) return undefined;
  const word = (match[1] ?? '').replace(/\.+$/, '');
  if (links.some((l) => l.text === word)) return word;
  // Without a link, only a word shaped like a type name counts: "inherited from an ancestor"
  // (permission.md) is prose, "inherited from importedDeviceIdentity" is a type.
  return looksLikeTypeName(word) ? word : undefined;
}

/** camelCase (`importedDeviceIdentity`) or qualified (`microsoft.graph.entity`): not an English word. */
export function looksLikeTypeName(word: string): boolean {
  return /^[a-z]+[A-Z][A-Za-z0-9]*$/.test(word) || /^[a-z]+(\.[A-Za-z]+)+$/.test(word);
}
