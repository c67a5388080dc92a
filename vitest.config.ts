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
        // Some unit tests start processes (git, node): on a busy machine they take far more than Vitest's 5 s.
        test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], testTimeout: 60_000 },
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
          // Upper bounds, not expectations: builds and dev servers under load (4-7 on 2 cores) take
          // four times as long as idle. A test waits for the event it needs; these only end a hang.
          testTimeout: 300_000,
          hookTimeout: 600_000,
          // Browser and build tests are heavy; two cores run them best one file at a time.
          fileParallelism: false,
          // Tests marked concurrent (the Lighthouse audits) run two at a time: one a core.
          maxConcurrency: 2,
        },
      },
    ],
  },
});
