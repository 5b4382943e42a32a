// Size for the benchmark: every drop-in file against its budget and the full drop-in's
// parts by removal (both from scripts/size-report.mjs, as `npm run size` has them), and
// the per-element ES entries bundled with Lit once, and what the lists' search adds to
// each drop-in file, by removal (scripts/plain-search.mjs).
import { readFileSync, existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { build } from 'vite';
import { breakdown, brotli, gzip, measureBudgets, measureSearch } from '../scripts/size-report.mjs';

const sizes = (name, data) => ({ name, raw: Buffer.byteLength(data), gzip: gzip(data), brotli: brotli(data) });

/** Minified ES bundle of `entry` with everything in it (Lit too), in memory. */
async function bundle(entry) {
  const output = await build({
    configFile: false,
    logLevel: 'silent',
    build: {
      write: false,
      minify: true,
      target: 'es2022',
      sourcemap: false,
      lib: { entry: resolve(entry), formats: ['es'], fileName: () => 'bundle.js' },
      rollupOptions: { output: { codeSplitting: false } },
    },
  });
  return (Array.isArray(output) ? output[0] : output).output[0].code;
}

/** The entry file and every chunk it imports statically, as read from dist/es. */
function closure(entry, seen = new Set()) {
  if (seen.has(entry)) return seen;
  seen.add(entry);
  for (const [, spec] of readFileSync(entry, 'utf8').matchAll(/(?:from|import)\s*["'`](\.[^"'`]+)["'`]/g)) {
    closure(join(dirname(entry), spec), seen);
  }
  return seen;
}

/** Everything the benchmark reports about size, read from dist/ (and the drop-in's text, for the pages). */
export async function measureSize(dist = 'dist') {
  const dropIn = readFileSync(join(dist, 'osms-widgets.js'), 'utf8');
  const entries = [];
  for (const name of ['coverage-checker', 'service-list', 'exemption-list', 'index', 'core']) {
    const entry = join(dist, 'es', `${name}.js`);
    if (!existsSync(entry)) continue;
    const chunks = [...closure(entry)].map((file) => readFileSync(file, 'utf8'));
    entries.push({
      ...sizes(`es/${name}.js + Lit, bundled`, await bundle(entry)),
      filesGzip: chunks.reduce((s, c) => s + gzip(c), 0),
      files: chunks.length,
    });
  }
  return {
    budgets: measureBudgets(dist),
    entries,
    breakdown: breakdown(dist, 'osms-widgets.js'),
    search: await measureSearch(dist),
    dropIn,
  };
}
