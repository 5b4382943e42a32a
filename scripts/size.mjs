#!/usr/bin/env node
// npm run size: each drop-in file's size, gzip -9 and brotli, against the budget in
// scripts/size-budget.mjs (KB means KiB). Fails when a file is above its ceiling, and
// says which budgets hold.
import { measureBudgets } from '../bench/size.mjs';

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
let failed = false;
for (const b of measureBudgets()) {
  if (b.missing) {
    console.error(`dist/${b.file} is missing: run npm run build first.`);
    failed = true;
    continue;
  }
  if (!b.withinCeiling) failed = true;
  const code = b.codeGzip === undefined ? '' : `; code without text ${kb(b.codeGzip)}, text ${kb(b.textGzip)} (gzip shares)`;
  const verdict = b.holds ? 'within budget' : b.withinCeiling ? `OVER BUDGET by ${kb(b.gzip - b.budget)} (build fails above ${kb(b.ceiling)})` : `OVER CEILING ${kb(b.ceiling)}: build fails`;
  console.log(`dist/${b.file} (${b.what}): ${kb(b.raw)} raw, ${kb(b.gzip)} gzip -9, ${kb(b.brotli)} brotli; budget ${kb(b.budget)} gzip: ${verdict}${code}`);
}
process.exit(failed ? 1 : 0);
