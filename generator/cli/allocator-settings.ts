// Process settings that must be in place before any dependency loads: `main.ts` imports this
// module first, and ES modules run their imports in order.
//
// Rolldown, whose oxc compiles `dist/` (`rolldown/utils`), allocates with mimalloc, which by
// default keeps freed memory a while before returning it to the OS. Compiling the package's
// big modules (megabytes of source each) then left ~90 MB resident for the rest of a run on
// the v1.0 pages; returned at once, it costs no measurable time. mimalloc reads the option
// when it starts, so it is set before Rolldown loads. A value the user set stays.
process.env['MIMALLOC_PURGE_DELAY'] ??= '0';

export {};
