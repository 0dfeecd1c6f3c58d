import { defineConfig } from 'vitest/config';

/**
 * `npm run test:samples`: tests against the public sample files in ../shared/samples/ (read in
 * place, never copied into the project). Kept out of `npm test`, which runs on the project's own
 * generated data only.
 */
export default defineConfig({
  test: {
    include: ['test/samples/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    maxWorkers: 2,
  },
});
