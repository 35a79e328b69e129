// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/**
 * The stage boundaries of ../shared/STYLE.md, enforced: `model/` imports nothing of ours,
 * `parse/` never sees TypeScript or emitters, `emit/` never sees mdast or the parser.
 */
/** @type {(patterns: { group: string[]; message: string }[]) => ['error', { patterns: { group: string[]; message: string }[] }]} */
const stageRule = (patterns) => ['error', { patterns }];

export default tseslint.config(
  { ignores: ['node_modules/**', 'dist/**', 'generated/**', 'test/consumer/**', 'test/fixtures/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['generator/model/**/*.ts'],
    rules: {
      'no-restricted-imports': stageRule([
        { group: ['../*', '!../model/*'], message: 'model/ imports nothing of ours: it is the contract.' },
        { group: ['unified', 'remark-*', 'mdast*', 'unist*', 'handlebars', 'ts-morph'], message: 'model/ is plain data.' },
      ]),
    },
  },
  {
    files: ['generator/parse/**/*.ts'],
    rules: {
      'no-restricted-imports': stageRule([
        { group: ['**/emit/**', '**/reconcile/**', '**/cli/**', 'handlebars', 'ts-morph', 'typescript'], message: 'parse/ reads Markdown into page facts; it knows nothing of TypeScript or emitters.' },
      ]),
    },
  },
  {
    files: ['generator/reconcile/**/*.ts'],
    rules: {
      'no-restricted-imports': stageRule([
        { group: ['**/parse/**', '**/emit/**', '**/cli/**', 'unified', 'remark-*', 'mdast*', 'handlebars', 'ts-morph'], message: 'reconcile/ turns page facts into the model: model/ only.' },
      ]),
    },
  },
  {
    files: ['generator/emit/**/*.ts'],
    rules: {
      'no-restricted-imports': stageRule([
        { group: ['**/parse/**', '**/reconcile/**', '**/cli/**', 'unified', 'remark-*', 'mdast*', 'unist*'], message: 'emit/ reads the model only: never mdast or the parser.' },
      ]),
    },
  },
);
