import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // The public-sample tests run with `npm run test:samples` (vitest.samples.config.ts).
    exclude: ['test/samples/**', 'node_modules/**'],
    // One temporary folder per run, removed at its end (test/tmpdirSetup.ts).
    globalSetup: ['test/tmpdirSetup.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Spawned CLIs and Chromium are heavy on a 2-core machine: keep parallelism modest.
    maxWorkers: 2,
    // The JSON results feed the "N passed, N failed" line of .ci/run.
    reporters: ['default', ['json', { outputFile: 'test-results/vitest.json' }]],
  },
});
