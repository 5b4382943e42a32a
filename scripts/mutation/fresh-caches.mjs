// Mocha root hook for the mutation run: every test starts with the core's cache of lists by
// day empty, so a list worked out while one mutant was active is never read back while
// another is (the test runner keeps the modules loaded from one mutant to the next).
import { forgetCategoriesOn } from '../../src/core/data/categories.ts';

export const mochaHooks = {
  beforeEach() {
    forgetCategoriesOn();
  },
};
