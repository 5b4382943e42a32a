// The size budgets, in one place: `npm run size` (run by npm test) and the benchmark read
// these. Sizes are gzip -9 of the file as shipped; KB means KiB (1,024 bytes) in every
// figure of this project.
export const KIB = 1024;

/** The all-languages drop-in (dist/osms-widgets.js), KB of gzip -9: what it must get back under. */
export const BUDGET_KB = 52;
/**
 * Where `npm run size` fails today: the drop-in grew past BUDGET_KB with the content of
 * 2026-11 (new statuses, amounts, the 2027 lists, three languages, the letter packing
 * dropped; then the check for a child, payments with gaps, the groups in the first
 * person and everyday search words: 72.7 KB). Until the size work brings it back under
 * the budget, this ceiling keeps it from growing further unnoticed; lower it with every
 * gain, and raise it only with new content, saying so.
 */
export const CEILING_KB = 73;
/** Each one-language drop-in (dist/osms-widgets.kk.js, .ru.js, .en.js), KB of gzip -9. */
export const TARGET_KB = 32;
/** Where `npm run size` fails for a one-language drop-in today (as CEILING_KB). */
export const ONE_LANGUAGE_CEILING_KB = 49;
/** The code alone, without the message text, KB of gzip -9. */
export const CODE_TARGET_KB = 16;

/**
 * Every budgeted file: `budgetKiB` is the product's budget, `ceilingKiB` where the build
 * fails today. The two become equal once the content fits the budget; until then
 * `npm run size` prints both, and says the budget does not hold.
 */
export const BUDGETS = [
  { file: 'osms-widgets.js', what: 'drop-in, all languages', budgetKiB: BUDGET_KB, ceilingKiB: CEILING_KB },
  ...[
    ['kk', 'Kazakh'],
    ['ru', 'Russian'],
    ['en', 'English'],
  ].map(([locale, name]) => ({
    file: `osms-widgets.${locale}.js`,
    what: `drop-in, ${name} only`,
    budgetKiB: TARGET_KB,
    ceilingKiB: ONE_LANGUAGE_CEILING_KB,
  })),
];

/** Files shown beside the budgeted ones, not bound by a budget. */
export const ALSO_SHOWN = [{ file: 'osms-widgets.iife.js', what: 'classic script, all languages' }];
