import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

// Unit tests: everything under test/ except the browser tests (e2e, e2e-firefox) and office tests. WxtVitest gives
// them WXT's fake `browser` and the project's aliases; DOM tests opt into a DOM
// environment per file.
export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: ['test/**/*.test.ts', 'test/**/*.test.tsx'],
    exclude: ['test/e2e/**', 'test/e2e-firefox/**', 'test/office/**', '**/node_modules/**'],
    environment: 'node',
  },
});
