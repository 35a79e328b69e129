// Preloaded (`node --import`) into a measured child: reports the process's peak resident set
// size (all threads: main, workers, loader) on stderr as it exits, where no `time -v` exists.
import process from 'node:process';

process.on('exit', () => {
  process.stderr.write(`\nmd2ts-bench-max-rss-kb: ${process.resourceUsage().maxRSS}\n`);
});
