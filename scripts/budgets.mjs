// The size budgets, in one place: `npm run size` fails past BUDGET_KB, and the benchmark
// reports every figure against these.

/** The all-languages drop-in (dist/osms-widgets.js), KB (KiB) of gzip -9: what it must get back under. */
export const BUDGET_KB = 52;
/**
 * Where `npm run size` fails today: the drop-in grew past BUDGET_KB with the content of
 * 2026-11 (new statuses, amounts, the 2027 lists, three languages, the letter packing
 * dropped) to 66.4 KB. Until the size work brings it back under the budget, this ceiling
 * keeps it from growing further unnoticed; lower it with every gain, never raise it.
 */
export const CEILING_KB = 67;
/** What the drop-in aims at (a one-language file can meet it; three languages of text cannot). */
export const TARGET_KB = 32;
/** The code alone, without the message text, KB of gzip -9. */
export const CODE_TARGET_KB = 16;
