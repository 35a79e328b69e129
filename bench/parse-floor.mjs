// The floor of any remark-based tool (issue 8): read every page of a docs tree and run
// unified + remark-parse + remark-gfm on it, nothing else, in one process. `bench/run.ts`
// times this script as a child process, as it times `md2ts generate`: both on plain Node (this
// is JavaScript, as `npm run generate` runs md2ts from a JavaScript copy), so neither pays for a
// TypeScript loader the other does not.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import process from 'node:process';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { glob } from 'tinyglobby';
import { unified } from 'unified';

const input = process.argv[2];
if (input === undefined) throw new Error('usage: parse-floor.mjs INPUT_DIR');
const files = (await glob('**/*.md', { cwd: input, followSymbolicLinks: false, onlyFiles: true })).sort();
const processor = unified().use(remarkParse).use(remarkGfm);
let nodes = 0;
for (const file of files) nodes += processor.parse(await readFile(join(input, file), 'utf8')).children.length;
process.stdout.write(`parsed ${files.length} pages (${nodes} top-level nodes)\n`);
