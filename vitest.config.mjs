import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts', 'test/**/*.test.tsx'],
    // Browser tests start a server and Chromium; give them room without timing anything.
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
