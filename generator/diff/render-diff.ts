import type { ApiDiff, Impact } from './api-change.js';

export type DiffFormat = 'text' | 'json' | 'markdown';

/** What the two sides were, as the user named them. */
export interface DiffSides {
  readonly old: string;
  readonly new: string;
}

const IMPACTS: readonly Impact[] = ['breaking', 'minor', 'patch'];
const MARK: Readonly<Record<Impact, string>> = { breaking: '-', minor: '+', patch: '~' };

function countsLine(diff: ApiDiff): string {
  return IMPACTS.map((impact) => `${diff.counts[impact]} ${impact}`).join(', ');
}

function renderText(diff: ApiDiff, sides: DiffSides): string {
  const lines = [`API changes from ${sides.old} to ${sides.new}: ${countsLine(diff)}; suggested version bump: ${diff.bump}`];
  for (const impact of IMPACTS) {
    const changes = diff.changes.filter((c) => c.impact === impact);
    if (changes.length === 0) continue;
    lines.push('', `${impact} (${changes.length})`, ...changes.map((c) => `  ${MARK[impact]} ${c.message}`));
  }
  return `${lines.join('\n')}\n`;
}

/** Backslash-escapes what Markdown would read as markup (`|` in type unions, `*`, `_` in names, `<`). */
function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_[\]<>|#]/g, '\\$&');
}

function renderMarkdown(diff: ApiDiff, sides: DiffSides): string {
  const lines = [
    `## API changes: suggested version bump **${diff.bump}**`,
    '',
    `From ${escapeMarkdown(sides.old)} to ${escapeMarkdown(sides.new)}: ${countsLine(diff)}.`,
  ];
  for (const impact of IMPACTS) {
    const changes = diff.changes.filter((c) => c.impact === impact);
    if (changes.length === 0) continue;
    lines.push('', `### ${impact.charAt(0).toUpperCase()}${impact.slice(1)} (${changes.length})`, '', ...changes.map((c) => `- ${escapeMarkdown(c.message)}`));
  }
  return `${lines.join('\n')}\n`;
}

/**
 * The diff for people (`text`), for a pull-request comment (`markdown`) or for tools
 * (`json`: `{ old, new, bump, counts, changes: [{ kind, impact, subject, message }] }`).
 */
export function renderDiff(diff: ApiDiff, sides: DiffSides, format: DiffFormat): string {
  switch (format) {
    case 'text':
      return renderText(diff, sides);
    case 'markdown':
      return renderMarkdown(diff, sides);
    case 'json':
      return `${JSON.stringify({ old: sides.old, new: sides.new, bump: diff.bump, counts: diff.counts, changes: diff.changes }, null, 2)}\n`;
  }
}
