import { defineConfig } from 'vitest/config';

// Office tests: the exports opened in real programs (LibreOffice headless). A step of
// their own in `npm test`, after the unit tests: soffice takes both cores for ~20 s,
// which would starve the unit suite's spawned CLI runs of their time.
export default defineConfig({
  test: {
    include: ['test/office/**/*.test.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 180_000,
  },
});
