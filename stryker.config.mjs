// Mutation testing of the pure core (`npm run mutation`): StrykerJS changes the code one
// small way at a time and runs the core's tests in Node (mocha, TypeScript through tsx);
// a change that no test notices is a test missing.
//
// With the reviewed decision table (docs/decision-table.md, scripts/mutation/decision-table.spec.mjs,
// run last) by default; `MUTATION_DECISION_TABLE=0 npm run mutation` scores the behaviour
// tests alone, with its own report and incremental file.
const withTable = process.env.MUTATION_DECISION_TABLE !== '0';
const suffix = withTable ? '' : '-behaviour';

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'mocha',
  // The exhaustive walks (every path, the property tests) are left out of the mutation
  // run: each would rerun for nearly every mutant and take hours here; the other core
  // tests name what each rule must give.
  mochaOptions: {
    spec: [
      'src/core/test/!(properties|every-path).test.ts',
      ...(withTable ? ['scripts/mutation/decision-table.spec.mjs'] : []),
    ],
    config: 'scripts/mutation/mocharc.json',
    require: ['./scripts/mutation/register.mjs', './scripts/mutation/fresh-caches.mjs'],
  },
  mutate: ['src/core/**/*.ts', '!src/core/test/**'],
  coverageAnalysis: 'perTest',
  concurrency: 2,
  timeoutMS: 20000,
  reporters: ['clear-text', 'progress-append-only', 'json'],
  jsonReporter: { fileName: `reports/mutation/mutation${suffix}.json` },
  // Incremental: a later run redoes only the mutants whose code or covering tests changed
  // since the report kept here (delete it, or pass --force, for a run from scratch).
  incremental: true,
  incrementalFile: `reports/stryker-incremental${suffix}.json`,
  tempDirName: '.stryker-tmp',
  ignorePatterns: [
    'dist',
    'dist-demo',
    'reports',
    'docs/*',
    '!docs/decision-table.md',
    'bench',
    'demo',
    'xliff',
    '.test-counts*',
  ],
  thresholds: { high: 90, low: 85, break: null },
};
