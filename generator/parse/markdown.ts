import type { Root } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

/** One processor for every page: CommonMark + GFM tables + YAML front matter. */
const processor = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml']);

/** Markdown text → mdast, with positions on every node. */
export function parseMarkdown(text: string): Root {
  return processor.parse(text);
}
