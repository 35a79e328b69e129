import { relative, resolve } from 'node:path';
import { watch } from 'chokidar';
import { defaultCacheDir, openGenerateCaches } from '../cache/generate-caches.js';
import { createKeyMemo } from '../cache/key-memo.js';
import { applySeverityOverrides } from '../config/severity-overrides.js';
import { loadTemplates } from '../emit/render/templates.js';
import type { Diagnostic, PageFacts } from '../model/index.js';
import { compareSourcePlaces } from '../model/index.js';
import { defaultWorkerCount, generateInParallel } from '../parallel/generate-in-parallel.js';
import { markRunningCopyUsed } from '../parallel/running-copy.js';
import { createStructureMemo } from '../reconcile/build-model.js';
import { createEmitMemo } from '../emit/emit-memo.js';
import { formatSummary, renderDiagnosticLines } from '../report/text.js';
import { checkExamples, withoutRepeats } from './check-examples.js';
import type { Console } from './console.js';
import type { GenerateCommandOptions } from './generate-command.js';
import { warnOnce } from './generate-command.js';
import { diffOutputs, formatOutputChanges, listOutputChanges } from './output-changes.js';
import { writeOutputDir } from './output-dir.js';
import { updateOutputDir } from './update-output-dir.js';
import type { InputChange } from './watched-input.js';
import { watchedInput } from './watched-input.js';

/**
 * Quiet time after the last change before regenerating: one save of several files, or of one
 * file in several writes, is one run. Short, as every save waits for it; a write that comes
 * later still (a page caught half-saved) only starts another run, and changes seen during a
 * run are taken by the next one. This is the only wait: chokidar's `awaitWriteFinish` would
 * add its own (a stability threshold plus polling) to every save for the same protection.
 * It must stay above 50 ms: chokidar drops a second `change` of a path within 50 ms of the
 * one it reported, so only a run that reads the page after that window sees such a write.
 */
const DEBOUNCE_MS = 60;

/** What one watch session remembers between runs. */
interface Previous {
  readonly files: ReadonlyMap<string, string>;
  readonly diagnostics: ReadonlySet<string>;
}

export interface WatchControl {
  /** Resolves when the session should end (Ctrl-C); the CLI passes a promise of SIGINT or SIGTERM. */
  readonly stop: Promise<unknown>;
}

/**
 * `md2ts generate --watch`: generates once (a full, atomic write, as `generate` does), then
 * regenerates after every change below the input dir, debounced. Pages are re-parsed only when
 * their text changed (the page-facts cache, kept in memory and saved to the cache folder), and
 * only files whose text changed are rewritten. Each run prints what changed in the output and
 * the diagnostics that are new; a run that fails (the input dir gone, say) is reported and the
 * watch goes on. Returns 0 when stopped.
 */
export async function runWatch(options: GenerateCommandOptions, console: Console, control: WatchControl): Promise<number> {
  const render = loadTemplates();
  const caches = await openGenerateCaches(options.cache === false ? undefined : (options.cache ?? defaultCacheDir()));
  const workers = options.workers ?? defaultWorkerCount();
  const onWorkerError = warnOnce(console);
  const input = watchedInput(options.input);
  const factsMemo = new Map<string, PageFacts>();
  const keyMemo = createKeyMemo();
  const structureMemo = createStructureMemo();
  const emitMemo = createEmitMemo();
  const valueDigests = new WeakMap<object, string>();
  let previous: Previous | undefined;

  const regenerate = async (reason: string, changes?: readonly InputChange[]): Promise<void> => {
    const started = performance.now();
    markRunningCopyUsed();
    const read = await input.read(changes);
    const result = await generateInParallel(read.pages, render, { packageName: options.packageName, packageVersion: options.packageVersion, emitters: options.emitters, workers, caches, onWorkerError, factsMemo, keyMemo, structureMemo, emitMemo, compileWhileEmitting: true });
    // The package does not wait for the examples' verdicts, which only add diagnostics: it is written while a worker checks them.
    const outputChanges = previous === undefined ? undefined : diffOutputs(previous.files, result.files);
    const writing = outputChanges === undefined ? writeOutputDir(options.out, result.files, { force: options.force }) : updateOutputDir(resolve(options.out), result.files, outputChanges).then(() => []);
    const checking = checkExamples(result.model, result.files, options.validateExamples && options.emitters.includes('validators'), { cache: caches.verdicts, onWorkerError, names: result.names, validatorKeys: result.validatorKeys, valueDigests });
    const [notes, examples] = await Promise.all([writing, checking]);
    const diagnostics: Diagnostic[] = applySeverityOverrides([...read.diagnostics, ...withoutRepeats(result.diagnostics, examples), ...examples.diagnostics], options.severity).sort((a, b) =>
      compareSourcePlaces(a.place, b.place),
    );
    const lines = renderDiagnosticLines(diagnostics);
    const parsed = caches.facts.stats.misses;
    if (outputChanges === undefined) {
      for (const note of notes) console.err(note);
      if (!options.quiet) for (const line of lines) console.err(line);
      console.out(`wrote ${result.files.size} files to ${options.out} in ${((performance.now() - started) / 1000).toFixed(1)} s; ${formatSummary(diagnostics)}. Watching ${options.input} (Ctrl-C to stop).`);
    } else {
      const fresh = lines.filter((line) => !previous?.diagnostics.has(line));
      console.out(`regenerated in ${((performance.now() - started) / 1000).toFixed(2)} s (${reason}; ${parsed} page${parsed === 1 ? '' : 's'} parsed): ${formatOutputChanges(outputChanges)}; ${formatSummary(diagnostics)}`);
      for (const line of listOutputChanges(outputChanges)) console.out(`  ${line}`);
      if (!options.quiet) for (const line of fresh) console.err(`new: ${line}`);
    }
    previous = { files: result.files, diagnostics: new Set(lines) };
    await caches.save();
  };

  // The workers load from md2ts's JavaScript copy: kept from being removed as stale however long the session runs, idle or not.
  const keepCopy = setInterval(() => markRunningCopyUsed(), 60 * 60 * 1000).unref();

  const changed = new Map<string, InputChange>();
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> = Promise.resolve();
  let stopping = false;
  const runPending = (): void => {
    timer = undefined;
    if (changed.size === 0 || stopping) return;
    const changes = [...changed.values()];
    changed.clear();
    const reason = changes.length === 1 ? `${changes[0]?.file} changed` : `${changes.length} files changed`;
    // After the run before it, whatever became of that one (a failed first run ends the command anyway).
    running = running.catch(() => undefined).then(() =>
      regenerate(reason, changes).catch((error: unknown) => {
        // A page caught half-saved only gives diagnostics; this is the run itself failing (input dir gone, out dir unwritable).
        console.err(`md2ts: regenerating failed, still watching: ${error instanceof Error ? error.message : String(error)}`);
      }),
    );
  };
  // Watching starts before the first run, so a page saved during it is not missed: its run follows.
  const watcher = watch(options.input, {
    ignoreInitial: true,
    ignored: (path, stats) => stats?.isFile() === true && !path.endsWith('.md'),
  });
  watcher.on('all', (event, path) => {
    const file = relative(options.input, path).split('\\').join('/');
    // An editor's swap and backup files are no pages: only folders and `.md` files count.
    if ((event === 'add' || event === 'change' || event === 'unlink') && !file.endsWith('.md')) return;
    // Several events for one path before a run (saved, then deleted): the last one tells.
    changed.delete(file);
    changed.set(file, { event, file });
    if (timer) clearTimeout(timer);
    timer = setTimeout(runPending, DEBOUNCE_MS);
  });
  watcher.on('error', (error) => console.err(`md2ts: watching ${options.input}: ${error instanceof Error ? error.message : String(error)}`));
  try {
    await new Promise<void>((ready) => watcher.once('ready', () => ready()));
    // The first run's errors (a foreign out dir, an unreadable input dir) end the command, as without --watch.
    running = regenerate('start');
    await running;
  } catch (error) {
    clearInterval(keepCopy);
    await watcher.close();
    throw error;
  }

  await control.stop;
  stopping = true;
  clearInterval(keepCopy);
  if (timer) clearTimeout(timer);
  await watcher.close();
  await running;
  console.out('stopped watching.');
  return 0;
}
