#!/usr/bin/env node
// npm run size: each drop-in file's size, gzip -9 and brotli, against its budget in
// scripts/budgets.mjs (KB means KiB), saying of each file over it by how much; fails when
// a file is above its enforced limit (LIMITS there, while the budgets do not hold). Then what the full
// drop-in files are made of — text, content structure and fixed code — measured by
// removal (scripts/size-report.mjs). Last, what the lists' search adds to each drop-in
// file, by removal too: the file minus the same file built with the plain search it
// replaced (scripts/plain-search.mjs), against its budget on the full drop-in; fails
// above its enforced limit (SEARCH_LIMIT) too.
import { breakdown, kb, measureBudgets, measureSearch } from './size-report.mjs';
import { KIB, SEARCH_BUDGET, SEARCH_LIMIT } from './budgets.mjs';

let failed = false;
let overBudget = 0;
console.log('file (what it holds): raw, gzip -9, brotli; budget');
for (const b of measureBudgets()) {
  if (b.missing) {
    console.error(`dist/${b.file} is missing: run npm run build first.`);
    failed = true;
    continue;
  }
  if (!b.withinLimit) failed = true;
  if (!b.holds) overBudget++;
  const budget = Object.entries(b.budget)
    .map(([kind, limit]) => `${kind} ≤ ${kb(limit)}`)
    .join(', ');
  const by = (list) => list.map((o) => `${kb(o.by)} ${o.kind}`).join(', ');
  const verdict = b.holds
    ? 'holds'
    : `OVER by ${by(b.over)}` +
      (b.withinLimit ? ' (within the enforced limit)' : `, and above the enforced limit by ${by(b.overLimit)}`);
  console.log(`dist/${b.file} (${b.what}): ${kb(b.raw)}, ${kb(b.gzip)}, ${kb(b.brotli)}; ${budget}: ${verdict}`);
}
if (overBudget)
  console.log(`\n${overBudget} file(s) over their budget: the budgets do not hold (see scripts/budgets.mjs, LIMITS).`);

console.log('\nBy removal (compressed size of the file minus that without the part; the three add up):');
for (const file of ['osms-widgets.js', 'osms-widgets.kk.js', 'osms-widgets.ru.js']) {
  const parts = breakdown('dist', file)?.parts;
  if (!parts) continue;
  const show = ({ gzip, brotli }) => `${kb(gzip)} gzip, ${kb(brotli)} brotli`;
  console.log(
    `dist/${file}: text ${show(parts.text)}; content structure ${show(parts.structure)}; fixed code ${show(parts.code)}`,
  );
}

console.log(
  "\nThe lists' search (vocabulary, word forms, typos, keyboards, ranking, the answer when nothing matches), by removal:" +
    ' the file minus the same file built with the plain search it replaced (scripts/plain-search.mjs):',
);
for (const s of await measureSearch('dist')) {
  let verdict = '';
  if (s.file === 'osms-widgets.js') {
    const [budget, limit] = [SEARCH_BUDGET.gzip * KIB, SEARCH_LIMIT.gzip * KIB];
    verdict = `; budget gzip ≤ ${kb(budget)}: `;
    if (s.gzip <= budget) verdict += 'holds';
    else if (s.gzip <= limit) verdict += `OVER by ${kb(s.gzip - budget)} (within the enforced limit, ${kb(limit)})`;
    else {
      verdict += `OVER by ${kb(s.gzip - budget)}, and above the enforced limit (${kb(limit)}) by ${kb(s.gzip - limit)}`;
      failed = true;
    }
  }
  console.log(`dist/${s.file}: ${s.gzip} B gzip (${kb(s.gzip)}), ${s.brotli} B brotli (${kb(s.brotli)})${verdict}`);
}
process.exit(failed ? 1 : 0);
