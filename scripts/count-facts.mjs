// Counts the facts the data marks `unconfirmed` and the sources that are official texts.
//   node scripts/count-facts.mjs            the data of this checkout
//   node scripts/count-facts.mjs <dir>      the data of another checkout (e.g. an older commit),
//                                           its sources classified by this checkout's `sourceKind`
// Loads src/core through scripts/load-ts.mjs and reads the data.
import { join, resolve } from 'node:path';
import { loadTs } from './load-ts.mjs';

const root = resolve(process.argv[2] ?? '.');
const core = await loadTs(
  {
    [join(root, 'src/core/index.ts')]: '*',
    [resolve('src/core/data/sources.ts')]: '{ sourceKind as kindOf }',
  },
  root,
);

// Every dated fact: items, their dated values, and the proofs and conditions of categories.
const facts = [
  ...core.SERVICES,
  ...core.KEPT_CARE,
  ...core.CATEGORIES,
  ...core.CATEGORIES.flatMap((c) => [...c.numbers, ...c.budget]),
  ...core.PROOFS,
  ...core.CONDITIONS,
  ...core.NEXT_STEPS,
  ...core.RULES,
  ...core.ENTITLEMENTS,
  ...core.CONTRIBUTIONS,
  ...core.MINIMUM_WAGE,
  ...core.MRP,
];
const unconfirmed = facts.filter((f) => f.unconfirmed).length;

// The distinct URLs the data cites (the constants of sources.ts and any cited elsewhere).
const urls = new Set([
  ...Object.values(core.sources).filter((v) => typeof v === 'string' && /^https?:/.test(v)),
  ...facts.map((f) => f.source).filter(Boolean),
]);
const kindOf = core.kindOf;
const byKind = {};
for (const url of urls) byKind[kindOf(url)] = (byKind[kindOf(url)] ?? 0) + 1;
const official = [...urls].filter((u) => ['law', 'government', 'fund'].includes(kindOf(u))).length;

console.log(`facts: ${facts.length}, unconfirmed: ${unconfirmed}`);
console.log(`sources: ${urls.size}, official (law, government, fund): ${official}`);
console.log(`by kind: ${JSON.stringify(byKind)}`);
