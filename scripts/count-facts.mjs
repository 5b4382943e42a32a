// Counts the facts the data marks `unconfirmed` and the sources that are official texts.
//   node scripts/count-facts.mjs            the data of this checkout
//   node scripts/count-facts.mjs <dir>      the data of another checkout (e.g. an older commit),
//                                           its sources classified by this checkout's `sourceKind`
// Bundles src/core with esbuild (a dependency of Vite) into a temporary file and reads the data.
import { build } from 'esbuild';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const dir = mkdtempSync(join(tmpdir(), 'osms-count-'));
const out = join(dir, 'core.mjs');
try {
  const root = resolve(process.argv[2] ?? '.');
  const contents = [
    `export * from ${JSON.stringify(join(root, 'src/core/index.ts'))};`,
    `export { sourceKind as kindOf } from ${JSON.stringify(resolve('src/core/data/sources.ts'))};`,
  ].join('\n');
  await build({
    stdin: { contents, resolveDir: root, loader: 'ts' },
    bundle: true,
    format: 'esm',
    platform: 'neutral',
    outfile: out,
    logLevel: 'error',
  });
  const core = await import(pathToFileURL(out).href);

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
} finally {
  rmSync(dir, { recursive: true, force: true });
}
