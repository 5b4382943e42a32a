#!/usr/bin/env node
// npm run size: each drop-in file's size, gzip -9 and brotli, against its budget in
// scripts/budgets.mjs (KB means KiB); fails when any file is above it. Then what the full
// drop-in files are made of — text, content structure and fixed code — measured by
// removal (scripts/size-report.mjs).
import { breakdown, kb, measureBudgets } from './size-report.mjs';

let failed = false;
console.log('file (what it holds): raw, gzip -9, brotli; budget');
for (const b of measureBudgets()) {
  if (b.missing) {
    console.error(`dist/${b.file} is missing: run npm run build first.`);
    failed = true;
    continue;
  }
  if (!b.holds) failed = true;
  const budget = Object.entries(b.budget)
    .map(([kind, limit]) => `${kind} ≤ ${kb(limit)}`)
    .join(', ');
  const verdict = b.holds ? 'holds' : `OVER by ${b.over.map((o) => `${kb(o.by)} ${o.kind}`).join(', ')}`;
  console.log(`dist/${b.file} (${b.what}): ${kb(b.raw)}, ${kb(b.gzip)}, ${kb(b.brotli)}; ${budget}: ${verdict}`);
}

console.log('\nBy removal (compressed size of the file minus that without the part; the three add up):');
for (const file of ['osms-widgets.js', 'osms-widgets.kk.js', 'osms-widgets.ru.js']) {
  const parts = breakdown('dist', file)?.parts;
  if (!parts) continue;
  const show = ({ gzip, brotli }) => `${kb(gzip)} gzip, ${kb(brotli)} brotli`;
  console.log(
    `dist/${file}: text ${show(parts.text)}; content structure ${show(parts.structure)}; fixed code ${show(parts.code)}`,
  );
}
process.exit(failed ? 1 : 0);
