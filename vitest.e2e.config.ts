import { defineConfig } from 'vitest/config';

// End-to-end tests: real Chromium with the demo build (`npm run test:e2e` builds it
// first). One browser at a time: they are slow and the machine has two cores.
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.test.ts'],
    environment: 'node',
    pool: 'forks',
    maxWorkers: 1,
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
