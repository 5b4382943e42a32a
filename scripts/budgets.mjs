// The size budgets, in one place: `npm run size` fails past BUDGET_KB, and the benchmark
// reports every figure against these.

/** The all-languages drop-in (dist/osms-widgets.js), KB of gzip -9: `npm run size` fails past it. */
export const BUDGET_KB = 52;
/** What the drop-in aims at (a one-language file can meet it; three languages of text cannot). */
export const TARGET_KB = 32;
/** The code alone, without the message text, KB of gzip -9. */
export const CODE_TARGET_KB = 16;
