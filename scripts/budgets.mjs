// The size budgets, in one place: `npm run size` (run by npm test) fails above any of
// them, and the benchmark reports against them. Sizes are of the file as shipped,
// compressed as a server sends it: gzip -9 and brotli (quality 11). KB means KiB (1,024
// bytes) in every figure of this project.
//
// They sit at the floor measured for the content the product carries (three languages,
// the rules with their sources, the checker's questions and results, the lists, the
// search words): text, its structure and the fixed code each measured by removal (see
// scripts/size-report.mjs). There is no ceiling apart from them: new content must fit, or
// be paid for by a saving, or the budget is raised in this file with the reason.
export const KIB = 1024;

/**
 * KiB per element set (scripts/drop-ins.mjs) and language: `all` for the file with every
 * language (the classic script too), `one` for each one-language file unless the
 * language has its own line.
 * @type {Record<string, Record<string, { gzip: number, brotli?: number }>>}
 */
export const BUDGETS = {
  'osms-widgets': { all: { gzip: 68, brotli: 59 }, kk: { gzip: 46 }, ru: { gzip: 46 }, en: { gzip: 43 } },
  'service-list': { all: { gzip: 27 }, one: { gzip: 20 } },
  'exemption-list': { all: { gzip: 25 }, one: { gzip: 19 } },
};

/** The budget of a drop-in file, in bytes: `{ gzip, brotli? }`. */
export function budgetOf({ set, locale }) {
  const budgets = BUDGETS[set];
  const kib = (locale ? (budgets[locale] ?? budgets.one) : budgets.all) ?? {};
  return Object.fromEntries(Object.entries(kib).map(([kind, value]) => [kind, value * KIB]));
}
