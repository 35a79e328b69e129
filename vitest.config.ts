import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Corpus-wide and consumer tests spawn tsc and the generator: give them room.
    testTimeout: 120_000,
    hookTimeout: 600_000,
  },
});
