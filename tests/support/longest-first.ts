/**
 * The order in which vitest starts the site and browser test files: the files
 * known to take longest first, then vitest's own order (by the durations it
 * remembers, or by size on a fresh clone). Started last, the axe file (every
 * route, four ways) kept one worker busy for minutes after the other had
 * finished everything else.
 */
import {BaseSequencer, type TestSpecification} from 'vitest/node';

const LONGEST = ['tests/browser/a11y.test.ts', 'tests/build/broken-content.test.ts'];

export class LongestFirst extends BaseSequencer {
  async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const rank = (file: TestSpecification) => {
      const index = LONGEST.findIndex((name) => file.moduleId.endsWith(name));
      return index === -1 ? LONGEST.length : index;
    };
    // Array.prototype.sort is stable: the other files keep vitest's order.
    return [...sorted].sort((a, b) => rank(a) - rank(b));
  }
}
