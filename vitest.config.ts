import { defineConfig } from 'vitest/config';

/** Browser tests share one static server and one Chromium per run (tests/e2e/global-setup.ts). */
const browser = {
  globalSetup: ['tests/e2e/global-setup.ts'],
  testTimeout: 60_000,
  hookTimeout: 60_000,
  // Concurrent suites (the axe checks) keep two tabs busy, one per core.
  maxConcurrency: 2,
};

export default defineConfig({
  test: {
    // Two test files at once, one per core (Vitest's default leaves a core idle); projects
    // must share one setting. More than the cores are slower, and flaky under load.
    maxWorkers: 2,
    // Test files share the modules they import, once per worker: nothing here mocks or
    // patches a module, and modules like tests/build/dist.ts (it parses every page) are
    // costly to import once per file.
    isolate: false,
    projects: [
      {
        test: {
          name: 'unit',
          include: ['src/**/*.test.ts', 'scripts/**/*.test.ts', 'tests/schemas/**/*.test.ts'],
        },
      },
      { test: { name: 'build', include: ['tests/build/**/*.test.ts'] } },
      // npm test: one page of each type in Chromium.
      { test: { name: 'e2e', include: ['tests/e2e/**/*.test.ts'], ...browser } },
      // npm run test:sweep: every page, and the builds of other copies of the site.
      {
        test: {
          name: 'sweep',
          include: ['tests/sweep/**/*.test.ts'],
          ...browser,
          testTimeout: 300_000,
          hookTimeout: 300_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
