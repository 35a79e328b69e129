import type { Root } from 'mdast';
import { parse as parseYaml } from 'yaml';
import type { Diagnostic } from '../model/index.js';
import { diagnostic } from '../model/index.js';
import { placeOf } from './place.js';

export interface FrontMatterResult {
  readonly data: Readonly<Record<string, unknown>> | undefined;
  readonly diagnostics: readonly Diagnostic[];
}

/**
 * The page's YAML front matter (`title`, `description`, `doc_type`...). Every Graph page is
 * meant to have one; a page without it (seed 001) or with broken YAML is reported, not fatal.
 */
export function readFrontMatter(file: string, tree: Root): FrontMatterResult {
  const node = tree.children[0];
  if (node?.type !== 'yaml') {
    return { data: undefined, diagnostics: [diagnostic('missing-front-matter', { file, line: 1, column: 1 }, {})] };
  }
  try {
    const data: unknown = parseYaml(node.value);
    if (data !== null && typeof data === 'object' && !Array.isArray(data)) return { data: data as Record<string, unknown>, diagnostics: [] };
    return { data: undefined, diagnostics: [diagnostic('invalid-front-matter', placeOf(file, node), { reason: 'not a mapping of keys to values' })] };
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] ?? 'invalid YAML' : 'invalid YAML';
    return { data: undefined, diagnostics: [diagnostic('invalid-front-matter', placeOf(file, node), { reason })] };
  }
}
