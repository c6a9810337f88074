import { defineConfig } from 'vitest/config';

/** The benchmark's own scoring tests: `npx vitest run --config bench/vitest.config.ts`. */
export default defineConfig({
  test: {
    root: import.meta.dirname + '/..',
    include: ['bench/**/*.test.ts'],
    testTimeout: 30_000,
  },
});
