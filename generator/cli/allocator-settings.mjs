// Process settings that must be in place before any dependency loads: `main.ts` and
// `from-sources.mjs` import this module first, and ES modules run their imports in order.
// JavaScript, as `from-sources.mjs` loads it before any TypeScript can be loaded.
//
// Rolldown, whose oxc compiles `dist/` (`rolldown/utils`), allocates with mimalloc, which by
// default keeps freed memory a while before returning it to the OS. Compiling the package's
// big modules (megabytes of source each) then left ~90 MB resident for the rest of a run on
// the v1.0 pages; returned at once, it costs no measurable time. mimalloc reads the option
// when it starts, so it is set before Rolldown loads. A value the user set stays.
import process from 'node:process';

process.env['MIMALLOC_PURGE_DELAY'] ??= '0';
