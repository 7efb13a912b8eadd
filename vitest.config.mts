import {defineConfig} from 'vitest/config';
import {LongestFirst} from './tests/support/longest-first';

// Three layers, run by tests/run.mjs: unit tests (co-located in each package's
// __tests__), checks of the built sites (tests/build) and browser journeys in
// Debian's Chromium (tests/browser). The last two share the sites built once
// per run and one Chromium (tests/build/global-setup.ts); their files run in
// parallel, one per core.
const siteLayer = {
  environment: 'node' as const,
  globalSetup: ['tests/build/global-setup.ts'],
  testTimeout: 120_000,
  // Building the sites, when tests/run.mjs has not: three Docusaurus builds.
  hookTimeout: 900_000,
};

export default defineConfig({
  test: {
    // Vitest keeps one core for itself by default, i.e. one worker on a 2-core machine: the
    // site tests mostly wait on Chromium, Java or the disk, so run two files at a time.
    maxWorkers: 2,
    // The longest files start first (tests/support/longest-first.ts).
    sequence: {sequencer: LongestFirst},
    projects: [
      {
        test: {
          name: 'unit',
          include: ['src/**/__tests__/**/*.test.ts', 'tools/**/__tests__/**/*.test.ts'],
          environment: 'node',
          // tests/run.mjs runs them beside the site builds, which take the cores: 5 s is too short then.
          testTimeout: 30_000,
        },
      },
      {test: {name: 'build', include: ['tests/build/**/*.test.ts'], ...siteLayer}},
      // Three pages at a time in a file's concurrent tests: two cores, and each page waits on the browser.
      {test: {name: 'browser', include: ['tests/browser/**/*.test.ts'], maxConcurrency: 3, ...siteLayer}},
    ],
  },
});
