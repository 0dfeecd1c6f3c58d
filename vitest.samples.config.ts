import { defineConfig } from 'vitest/config';

/**
 * `npm run test:samples`: tests against the public sample files in ../shared/samples, which come
 * from other projects and are read where they are, never copied in. Kept apart from `npm test`,
 * which needs nothing outside this repository; .ci/run runs both and counts both.
 */
export default defineConfig({
  test: {
    include: ['test-samples/**/*.test.ts', 'test/samples/**/*.test.ts'],
    // One temporary folder per run, removed at its end (test/tmpdirSetup.ts).
    globalSetup: ['test/tmpdirSetup.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    maxWorkers: 2,
    reporters: ['default', ['json', { outputFile: 'test-results/vitest-samples.json' }]],
  },
});
