import { defineConfig } from 'vitest/config';

// Browser tests launch Chromium or Firefox; on a 2-core machine, running more
// than two files at once only makes every launch slower.
export default defineConfig({
  test: {
    maxWorkers: 2,
    hookTimeout: 60_000,
    testTimeout: 30_000,
  },
});
