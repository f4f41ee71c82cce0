import { defineConfig } from 'vitest/config';

/**
 * Two projects: `unit` holds the pure domain tests and the API tests (real SQLite, and
 * PostgreSQL when TEST_DATABASE_URL is set); `e2e` drives the built app in Debian's Chromium.
 */
export default defineConfig({
  test: {
    reporters: ['default', './tests/summaryReporter.ts'],
    projects: [
      {
        test: {
          name: 'unit',
          include: ['src/**/*.test.ts'],
          environment: 'node',
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          testTimeout: 120_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
