import type { Meta } from '../../model/index.js';
import { formatSourcePlace } from '../../model/index.js';

/** Doc comment lines for a type: its description, what the service calls it, and the page it comes from. */
export function typeDocLines(serviceName: string, meta: Meta, extra: readonly string[] = []): string[] {
  const lines = meta.description ? [meta.description, ''] : [];
  lines.push(`Service type \`${serviceName}\`.`, ...extra);
  const source = meta.sources[0];
  if (source) lines.push(`Documented in ${formatSourcePlace(source)}${meta.sources.length > 1 ? ` (and ${meta.sources.length - 1} more place${meta.sources.length > 2 ? "s" : ""})` : ''}.`);
  return lines;
}

/** Doc comment lines for a property or member: its description, if the docs give one. */
export function memberDocLines(meta: Meta): string[] {
  return meta.description ? [meta.description] : [];
}
