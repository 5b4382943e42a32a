#!/usr/bin/env node
// npm run size: the drop-in script's size, gzip -9, against the budget.
import { readFileSync, existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

import { BUDGET_KB, CEILING_KB, TARGET_KB } from './budgets.mjs';
const files = ['dist/osms-widgets.js', 'dist/osms-widgets.iife.js'];

const kb = (bytes) => (bytes / 1024).toFixed(1);
let failed = false;
for (const file of files) {
  if (!existsSync(file)) {
    console.error(`${file} is missing: run npm run build first.`);
    process.exit(1);
  }
  const raw = readFileSync(file);
  const gzip = gzipSync(raw, { level: 9 }).length;
  const overBudget = gzip > BUDGET_KB * 1024;
  const overCeiling = gzip > CEILING_KB * 1024;
  // The ceiling binds the drop-in ES module; the classic script is shown alongside.
  if (overCeiling && file === files[0]) failed = true;
  const verdict = overCeiling ? ' OVER THE CEILING' : overBudget ? ' over the budget (not holding)' : '';
  console.log(
    `${file}: ${kb(raw.length)} KB raw, ${kb(gzip)} KB gzip -9 (ceiling ${CEILING_KB} KB, budget ${BUDGET_KB} KB, target ${TARGET_KB} KB)${verdict}`,
  );
}
process.exit(failed ? 1 : 0);
