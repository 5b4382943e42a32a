// Mocha root hook for the mutation run: every test starts with the core's cache of lists by
// day empty, so a list worked out while one mutant was active is never read back while
// another is (the test runner keeps the modules loaded from one mutant to the next).
// The core is imported when the first test starts, not when mocha loads this hook: a module
// loaded before Stryker sets the active mutant never runs its static mutants (the data
// built at import), which would all survive whatever the tests check.
export const mochaHooks = {
  async beforeEach() {
    const { forgetCategoriesOn } = await import('../../src/core/data/categories.ts');
    forgetCategoriesOn();
  },
};
