// The size budget of the drop-in files, in one place: `npm run size` (run by npm test)
// and `npm run bench` both read it. Sizes are gzip -9 of the file as shipped; KB means
// KiB (1,024 bytes) everywhere in this project's figures.
export const KIB = 1024;

/**
 * `budgetKiB`: the product's budget. `ceilingKiB`: what the build is failed above today.
 * The two are equal once the content fits the budget; until then the ceiling stands
 * above the budget, so that the build states the gap on every run (`npm run size`
 * prints both) and still fails on a regression beyond the content this wave adds.
 */
export const BUDGETS = [
  { file: 'osms-widgets.js', what: 'drop-in, all languages', budgetKiB: 52, ceilingKiB: 68 },
  { file: 'osms-widgets.kk.js', what: 'drop-in, Kazakh only', budgetKiB: 32, ceilingKiB: 46 },
  { file: 'osms-widgets.ru.js', what: 'drop-in, Russian only', budgetKiB: 32, ceilingKiB: 46 },
  { file: 'osms-widgets.en.js', what: 'drop-in, English only', budgetKiB: 32, ceilingKiB: 46 },
];

/** Files shown beside the budget ones, not bound by it. */
export const ALSO_SHOWN = [{ file: 'osms-widgets.iife.js', what: 'classic script, all languages' }];
