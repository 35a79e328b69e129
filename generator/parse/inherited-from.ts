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
  const link = links.find((l) => l.text === word);
  return link?.text ?? word;
}
