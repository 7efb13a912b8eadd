/** `tsx tests/support/build-sites.ts`: builds the test sites once for the run (tests/run.mjs, lane 2). */
import {buildTestSites} from './sites';

buildTestSites().then(
  (seconds) => {
    for (const [name, time] of Object.entries(seconds)) console.log(`Site « ${name} » construit en ${time.toFixed(1)} s.`);
  },
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
