import { defineConfig } from 'vitest/config';

// End-to-end tests in Debian's Firefox ESR with the Firefox demo build
// (`npm run test:e2e:firefox` builds it first). One browser at a time, as for
// Chromium: the machine has two cores.
export default defineConfig({
  test: {
    include: ['test/e2e-firefox/**/*.test.ts'],
    environment: 'node',
    pool: 'forks',
    maxWorkers: 1,
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 90_000,
  },
});
