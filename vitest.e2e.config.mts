import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.test.ts'],
    environment: 'node',
    testTimeout: 180_000,
    hookTimeout: 60_000,
    fileParallelism: false,
    // What a screen waits for (a list redrawn, a count) comes in well under a second on a quiet machine; CI runs
    // the whole suite on two busy cores, where vitest's default of 1 s for expect.poll failed a check that held.
    expect: { poll: { timeout: 15_000 } },
  },
});
