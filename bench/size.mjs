// Size: the shipped files compressed as a server would send them (KB means KiB), each
// drop-in against its budget (scripts/size-budget.mjs), the per-element entries bundled
// with Lit once, and where the drop-in's bytes come from.
import { readFileSync, existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';
import { build } from 'vite';

import { BUDGETS, ALSO_SHOWN, KIB } from '../scripts/size-budget.mjs';

export { BUDGETS, KIB };
/** The all-languages drop-in's budget and the one-language files' (scripts/size-budget.mjs). */
export const BUDGET_KB = BUDGETS[0].budgetKiB;
export const TARGET_KB = BUDGETS[1].budgetKiB;
export const CODE_TARGET_KB = 16;

export const gzip = (data) => gzipSync(data, { level: 9 }).length;
export const brotli = (data) =>
  brotliCompressSync(data, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
      [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
      [constants.BROTLI_PARAM_SIZE_HINT]: Buffer.byteLength(data),
    },
  }).length;

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

// Source-map decoding (base64 VLQ), enough to attribute each generated character.
const B64 = Object.fromEntries([...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'].map((c, i) => [c, i]));
function vlq(segment) {
  const values = [];
  let value = 0;
  let shift = 0;
  for (const char of segment) {
    const digit = B64[char];
    value += (digit & 31) * 2 ** shift;
    if (digit & 32) {
      shift += 5;
    } else {
      values.push(value & 1 ? -Math.floor(value / 2) : Math.floor(value / 2));
      value = shift = 0;
    }
  }
  return values;
}

/**
 * For each UTF-16 unit of `code`, the index of the source it came from (-1: none). A
 * line that starts without a mapping continues the previous one (a multi-line template
 * literal), so it belongs to the same source.
 */
function owners(code, map) {
  const owner = new Int16Array(code.length).fill(-1);
  const codeLines = code.split('\n');
  let lineStart = 0;
  let source = 0;
  let current = -1;
  map.mappings.split(';').forEach((line, index) => {
    let column = 0;
    let start = 0;
    for (const segment of line ? line.split(',') : []) {
      const [dColumn, dSource] = vlq(segment);
      column += dColumn;
      owner.fill(current, lineStart + start, lineStart + column);
      if (dSource !== undefined) source += dSource;
      current = dSource === undefined ? -1 : source;
      start = column;
    }
    const length = codeLines[index]?.length ?? 0;
    owner.fill(current, lineStart + start, lineStart + length + 1);
    lineStart += length + 1;
  });
  return owner;
}

/** Which part of the product a source path belongs to. */
function groupOf(path) {
  let m;
  if (/node_modules\/(lit|lit-html|lit-element|@lit\/reactive-element)\//.test(path)) return 'Lit';
  if (/node_modules\/@lit\/localize\//.test(path)) return '@lit/localize runtime';
  if ((m = /src\/generated\/locales\/(\w+)\.ts$/.exec(path))) return `${m[1]} translations (locale module)`;
  if (/src\/core\//.test(path)) return 'core (rules, data, engine)';
  if (/src\/content\//.test(path)) return 'content modules (msg calls, ids)';
  if ((m = /src\/(coverage-checker|service-list|exemption-list)\//.exec(path))) return `<${m[1]}>`;
  if (/src\//.test(path)) return 'shared element code (src/internal, entries)';
  return 'other';
}
const ENGLISH = 'English text (msg source strings)';
const isLocale = (group) => /translations/.test(group);

/** The English source of every message (from the XLIFF files), cut at its placeholders. */
function messageFragments() {
  const xml = readFileSync('xliff/kk.xlf', 'utf8');
  const unescape = (s) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
  const sources = [...xml.matchAll(/<source>([\s\S]*?)<\/source>/g)].map(([, s]) => s);
  return { count: sources.length, fragments: [...new Set(sources.flatMap((s) => s.split(/<x [^>]*\/>/).map(unescape)))].filter(Boolean) };
}

/**
 * Attributes every character of the drop-in to a group through its source map, then
 * moves the English message strings (found as string literals in the bundle outside the
 * locale modules) into their own group.
 */
function breakdown(code, map) {
  const owner = owners(code, map);
  const groups = [...new Set(map.sources.map(groupOf)), 'unmapped (bundler glue)', ENGLISH];
  const groupIndex = map.sources.map((s) => groups.indexOf(groupOf(s)));
  const by = new Int16Array(code.length);
  for (let i = 0; i < code.length; i++) by[i] = owner[i] < 0 ? groups.length - 2 : groupIndex[owner[i]];
  const english = groups.length - 1;
  const { count, fragments } = messageFragments();
  const found = new Set();
  for (const fragment of fragments) {
    for (let at = code.indexOf(fragment); at >= 0; at = code.indexOf(fragment, at + 1)) {
      const before = code[at - 1];
      const after = code[at + fragment.length];
      const literal = /[`"'}]/.test(before) && /[`"'$]/.test(after);
      if (!literal || isLocale(groups[by[at]]) || by[at] === english) continue;
      by.fill(english, at, at + fragment.length);
      found.add(fragment);
    }
  }
  const texts = groups.map(() => []);
  for (let i = 0; i < code.length; i++) texts[by[i]].push(code[i]);
  const total = gzip(code);
  const parts = groups
    .map((name, i) => {
      const text = texts[i].join('');
      return { name, minified: Buffer.byteLength(text), gzipAlone: text ? gzip(text) : 0 };
    })
    .filter((p) => p.minified > 0);
  const sumAlone = parts.reduce((s, p) => s + p.gzipAlone, 0);
  for (const p of parts) p.gzipShare = Math.round((p.gzipAlone / sumAlone) * total);
  parts.sort((a, b) => b.minified - a.minified);
  return { parts, messages: count, fragmentsFound: found.size, fragments: fragments.length };
}

/** The text of a built file without its source-map comment, and its breakdown if it has a map. */
function analyse(dist, file) {
  const code = readFileSync(join(dist, file), 'utf8').replace(/\n\/\/# sourceMappingURL=.*\s*$/, '');
  const mapFile = join(dist, `${file}.map`);
  return { code, analysis: existsSync(mapFile) ? breakdown(code, JSON.parse(readFileSync(mapFile, 'utf8'))) : undefined };
}

/** The gzip share of the text (translations and English strings) in a breakdown. */
const textShare = (analysis) => analysis?.parts.filter((p) => isLocale(p.name) || p.name === ENGLISH).reduce((s, p) => s + p.gzipShare, 0);

/**
 * Each budgeted drop-in against its budget (scripts/size-budget.mjs), with brotli and
 * the code without text beside it. Quick: no bundling, so `npm run size` uses it too.
 */
export function measureBudgets(dist = 'dist') {
  return BUDGETS.map(({ file, what, budgetKiB, ceilingKiB }) => {
    if (!existsSync(join(dist, file))) return { file, what, missing: true, budget: budgetKiB * KIB, ceiling: ceilingKiB * KIB, holds: false, withinCeiling: false };
    const { code, analysis } = analyse(dist, file);
    const measured = sizes(file, readFileSync(join(dist, file), 'utf8'));
    const text = textShare(analysis);
    return {
      file,
      what,
      raw: measured.raw,
      gzip: measured.gzip,
      brotli: measured.brotli,
      budget: budgetKiB * KIB,
      ceiling: ceilingKiB * KIB,
      holds: measured.gzip <= budgetKiB * KIB,
      withinCeiling: measured.gzip <= ceilingKiB * KIB,
      ...(text === undefined ? {} : { codeGzip: gzip(code) - text, textGzip: text }),
    };
  });
}

/** Everything point 1 asks for, read from dist/ (and the drop-in's text, for the pages). */
export async function measureSize(dist = 'dist') {
  const dropIn = readFileSync(join(dist, 'osms-widgets.js'), 'utf8');
  const files = [
    sizes('osms-widgets.js (drop-in)', dropIn),
    ...ALSO_SHOWN.map(({ file, what }) => sizes(`${file} (${what})`, readFileSync(join(dist, file), 'utf8'))),
    ...BUDGETS.slice(1)
      .filter(({ file }) => existsSync(join(dist, file)))
      .map(({ file, what }) => sizes(`${file} (${what})`, readFileSync(join(dist, file), 'utf8'))),
  ];

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

  const { analysis } = analyse(dist, 'osms-widgets.js');
  const total = files[0].gzip;
  const text = textShare(analysis);
  const budgets = measureBudgets(dist);
  const oneLanguage = budgets.slice(1).filter((b) => !b.missing);
  const budget = {
    dropInGzip: total,
    budget: { limit: BUDGET_KB * KIB, holds: total <= BUDGET_KB * KIB },
    // The one-language drop-ins' budget: holds when each of them is within it.
    target: { limit: TARGET_KB * KIB, holds: oneLanguage.length > 0 && oneLanguage.every((b) => b.holds) },
    code: text === undefined ? undefined : { gzip: total - text, limit: CODE_TARGET_KB * KIB, holds: total - text <= CODE_TARGET_KB * KIB },
  };
  return { files, entries, breakdown: analysis, budget, budgets, dropIn };
}
