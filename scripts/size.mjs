#!/usr/bin/env node
// npm run size: the drop-in script's size, gzip -9, against the budget.
import { readFileSync, existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

import { BUDGET_KB, TARGET_KB } from './budgets.mjs';
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
  const over = gzip > BUDGET_KB * 1024;
  // The budget binds the drop-in ES module; the classic script is shown alongside.
  if (over && file === files[0]) failed = true;
  console.log(`${file}: ${kb(raw.length)} KB raw, ${kb(gzip)} KB gzip -9 (budget ${BUDGET_KB} KB, target ${TARGET_KB} KB)${over ? ' OVER BUDGET' : ''}`);
}
process.exit(failed ? 1 : 0);
