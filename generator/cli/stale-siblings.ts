import { existsSync } from 'node:fs';
import { readdir, rename, rm, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/** `generated.md2ts-tmp-<pid>`: the folder a run writes the new package into before the swap. */
export function stagingDirOf(outDir: string, pid: number): string {
  return `${outDir}.md2ts-tmp-${pid}`;
}

/** `generated.md2ts-old-<pid>`: where the previous package waits during the swap, until it is removed. */
export function previousDirOf(outDir: string, pid: number): string {
  return `${outDir}.md2ts-old-${pid}`;
}

/** True while a process with that id exists (EPERM: it does, but is someone else's). */
export function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Cleans up after runs that were killed: their staging and previous-package folders beside
 * the out dir, where the run that made them (the pid in the name) is gone. A live run's
 * folders are left alone. If a run died between its two renames, the out dir is missing and
 * its previous package is in an `-old-` folder: that is moved back first, so the last
 * complete package is what remains. Returns what it did, one line each.
 */
export async function cleanStaleSiblings(outDir: string, isAlive: (pid: number) => boolean = isProcessAlive): Promise<string[]> {
  const parent = dirname(outDir);
  const pattern = new RegExp(`^${escapeRegExp(basename(outDir))}\\.md2ts-(tmp|old)-(\\d+)$`);
  const entries = await readdir(parent).catch(() => [] as string[]);
  const stale = entries
    .map((name) => ({ name, match: pattern.exec(name) }))
    .filter((e): e is { name: string; match: RegExpExecArray } => e.match !== null && Number(e.match[2]) !== process.pid && !isAlive(Number(e.match[2])));
  const done: string[] = [];
  let restored: string | undefined;
  if (!existsSync(outDir)) {
    const olds = await Promise.all(stale.filter((e) => e.match[1] === 'old').map(async (e) => ({ ...e, mtime: (await stat(join(parent, e.name))).mtimeMs })));
    const newest = olds.sort((a, b) => b.mtime - a.mtime)[0];
    if (newest !== undefined) {
      await rename(join(parent, newest.name), outDir);
      done.push(`restored ${outDir} from ${newest.name}, left by a run that was stopped mid-swap`);
      restored = newest.name;
    }
  }
  for (const e of stale) {
    if (e.name === restored) continue;
    await rm(join(parent, e.name), { recursive: true, force: true });
    done.push(`removed ${join(parent, e.name)}, left by a run that was stopped (process ${e.match[2]} is gone)`);
  }
  return done;
}
