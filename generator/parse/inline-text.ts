import type { Nodes } from 'mdast';

/**
 * Text of inline content with code spans kept in backticks (`enrolled`), which mdast-util-to-string
 * drops: the backticks are how most pages mark enum members and literal values.
 */
export function inlineTextWithCode(nodes: readonly Nodes[]): string {
  let out = '';
  for (const node of nodes) {
    if (node.type === 'inlineCode') out += `\`${node.value}\``;
    else if (node.type === 'text') out += node.value;
    else if (node.type === 'break') out += ' ';
    else if (node.type === 'html') out += /^<br\s*\/?>$/i.test(node.value) ? ' ' : node.value.replace(/<[^>]*>/g, ' ');
    else if ('children' in node) out += inlineTextWithCode(node.children as Nodes[]);
    else if ('value' in node && typeof node.value === 'string') out += node.value;
  }
  return out.replace(/\s+/g, ' ');
}
