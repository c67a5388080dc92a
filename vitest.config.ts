import { defineConfig } from 'vitest/config';

/**
 * Three projects: `unit` (src/lib, the docs and the CI workflow; no build), `samples` (the
 * content's code samples, run) and `site` (tests on
 * the built dist/ and in a real browser; its global setup builds the site once
 * and serves it on 127.0.0.1). `npm test` runs both.
 */
export default defineConfig({
  test: {
    reporters: ['default', './tests/support/summary-reporter.ts'],
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] },
      },
      {
        extends: true,
        // The articles' code samples, run against PostgreSQL, Node and Python (tests/samples/code-samples.test.ts).
        test: { name: 'samples', include: ['tests/samples/**/*.test.ts'], testTimeout: 180_000, hookTimeout: 60_000 },
      },
      {
        extends: true,
        test: {
          name: 'site',
          include: ['tests/{html,browser,build}/**/*.test.ts'],
          globalSetup: ['tests/support/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 240_000,
          // Browser and build tests are heavy; two cores run them best one file at a time.
          fileParallelism: false,
        },
      },
    ],
  },
});
