import { defineConfig } from 'vitest/config';

// Real browsers (the site renderer's pages, the web app end to end) and Lighthouse measure time (Total Blocking Time, paint) and share two cores with
// everything else, so they run in a group of their own after the rest, one file at a time.
const BROWSER_TESTS = [
  '*/test/**/render-{browser,lighthouse,html-validity,mobile-layout}.int.test.ts',
  'operator/test/serving/*-browser.int.test.ts',
  'api/test/*-browser.int.test.ts',
  'web/test/**/*.int.test.ts',
  'mobile/test/**/*.int.test.ts',
];
// Fault tests kill operators and restart the shared kube-apiserver, which would break every other test
// talking to the cluster at that moment: they run last, alone, one file at a time.
const FAULT_TESTS = '*/test/faults/**/*.int.test.ts';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['*/test/**/*.test.ts'],
          exclude: ['**/*.int.test.ts', '**/node_modules/**'],
          sequence: { groupOrder: 0 },
        },
      },
      {
        test: {
          name: 'integration',
          include: ['*/test/**/*.int.test.ts'],
          exclude: [...BROWSER_TESTS, FAULT_TESTS, '**/node_modules/**'],
          // Brings the cluster and services up if they are down, and leaves them running for the next run.
          globalSetup: ['hack/test/global-setup.ts'],
          testTimeout: 120_000,
          hookTimeout: 600_000,
          sequence: { groupOrder: 1 },
        },
      },
      {
        test: {
          name: 'browser',
          include: BROWSER_TESTS,
          globalSetup: ['hack/test/global-setup.ts'],
          testTimeout: 300_000,
          hookTimeout: 600_000,
          fileParallelism: false,
          sequence: { groupOrder: 2 },
        },
      },
      {
        test: {
          name: 'faults',
          include: [FAULT_TESTS],
          globalSetup: ['hack/test/global-setup.ts'],
          testTimeout: 300_000,
          hookTimeout: 600_000,
          fileParallelism: false,
          sequence: { groupOrder: 3 },
        },
      },
    ],
  },
});
