import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['protocol/**/*.test.ts', 'host/**/*.test.ts', 'firmware-sim/**/*.test.ts', 'firmware/**/*.test.ts', 'hil-tests/**/*.test.ts', 'bench/**/*.test.ts', 'tests/**/*.test.ts', 'scripts/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // Vitest's default leaves one core free (1 worker on a 2-core machine); the suite is mostly
    // waiting on links and child processes, so both cores are used.
    maxWorkers: 2,
  },
});
