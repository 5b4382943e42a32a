// Sizes of the built files, as `npm run size` checks them and the benchmark reports them:
// gzip -9 and brotli (quality 11) of each drop-in file against its budget
// (scripts/budgets.mjs), and what the full drop-in is made of, measured by removal: the
// compressed size of the file minus that of the file without a part's characters. Each
// character is attributed to the module it came from through the file's source map,
// read with @jridgewell/trace-mapping. The search feature is measured by removal too, but
// by a second build: each drop-in file without it (scripts/plain-search.mjs).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';
import ts from 'typescript';
import { TraceMap, eachMapping } from '@jridgewell/trace-mapping';
import { budgetOf, KIB, limitOf } from './budgets.mjs';
import { CLASSIC, DROP_INS } from './drop-ins.mjs';
import { buildPlain } from './plain-search.mjs';

export { KIB };

export const gzip = (data) => gzipSync(data, { level: 9 }).length;
export const brotli = (data) =>
  brotliCompressSync(data, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
      [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
      [constants.BROTLI_PARAM_SIZE_HINT]: Buffer.byteLength(data),
    },
  }).length;

/** 1 024 bytes as `12.3 KB` (KB means KiB). */
export const kb = (bytes) => `${(bytes / KIB).toFixed(1)} KB`;

/** The code of a built file without its source-map comment. */
function codeOf(path) {
  return readFileSync(path, 'utf8').replace(/\n\/\/# sourceMappingURL=.*\s*$/, '');
}

/**
 * For each UTF-16 unit of `code`, the index in `sources` of the module it came from
 * (-1: none, i.e. bundler glue). A mapping holds up to the next one.
 */
export function owners(code, mapJson) {
  const map = new TraceMap(mapJson);
  const lineStarts = [0];
  for (let i = 0; i < code.length; i++) if (code[i] === '\n') lineStarts.push(i + 1);
  const owner = new Int16Array(code.length).fill(-1);
  const sourceIndex = new Map(map.sources.map((source, i) => [source, i]));
  const points = [];
  eachMapping(map, (m) =>
    points.push([
      lineStarts[m.generatedLine - 1] + m.generatedColumn,
      m.source == null ? -1 : sourceIndex.get(m.source),
    ]),
  );
  points.sort((a, b) => a[0] - b[0]);
  points.forEach(([at, source], i) => owner.fill(source, at, i + 1 < points.length ? points[i + 1][0] : code.length));
  return { owner, sources: map.sources };
}

/**
 * The ranges of the languages' texts in a drop-in file written with message tables: the
 * string literals of the object `{ en: "…", kk: [alphabet, packed], … }` (see
 * src/internal/message-tables.ts). Empty for a file whose texts are in place.
 */
export function textRanges(code) {
  const source = ts.createSourceFile('bundle.js', code, ts.ScriptTarget.Latest, false, ts.ScriptKind.JS);
  const ranges = [];
  const visit = (node) => {
    if (ts.isObjectLiteralExpression(node) && node.properties.length > 0) {
      const literals = node.properties.flatMap((p) => {
        if (!ts.isPropertyAssignment(p) || !/^["']?[a-z]{2}["']?$/.test(p.name.getText(source))) return [undefined];
        const value = p.initializer;
        if (ts.isStringLiteralLike(value)) return [value];
        if (ts.isArrayLiteralExpression(value) && value.elements.every(ts.isStringLiteralLike))
          return [...value.elements];
        return [undefined];
      });
      if (literals.every(Boolean) && literals.some((l) => l.text.includes('|'))) {
        for (const l of literals) ranges.push([l.getStart(source), l.getEnd()]);
        return;
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return ranges;
}

/** `code` without the characters where `drop[i]` is true. */
function without(code, drop) {
  let out = '';
  let from = 0;
  for (let i = 0; i <= code.length; i++) {
    if (i === code.length || drop[i]) {
      out += code.slice(from, i);
      from = i + 1;
    }
  }
  return out;
}

/** Which part of the product a module belongs to. */
function groupOf(path) {
  let m;
  if (!path) return 'bundler glue';
  if (/node_modules\/(lit|lit-html|lit-element|@lit\/reactive-element)\//.test(path)) return 'Lit';
  if (/node_modules\/@lit\/localize\//.test(path)) return '@lit/localize runtime';
  if (/src\/core\/data\//.test(path)) return 'core data (rules, sources, lists)';
  if (/src\/core\//.test(path)) return 'core engine and dates';
  if (/src\/content\//.test(path)) return 'content modules (message calls by id)';
  if ((m = /src\/(coverage-checker|service-list|exemption-list)\//.exec(path))) return `<${m[1]}>`;
  if (/src\//.test(path)) return 'shared element code (src/internal, entries)';
  return 'other';
}

/** Content structure: the modules that say which message and which fact goes where. */
const isStructure = (path) => /src\/(content|core\/data)\//.test(path ?? '');

/**
 * What a drop-in file with message tables is made of, by removal: `text` (the languages'
 * texts), `structure` (the message calls of the content modules, the rules, sources and
 * lists data) and `code` (the rest: Lit, @lit/localize, the elements, the engine). Each is
 * the compressed size lost when that part is removed from what is left, in that order,
 * so the three add up to the file. `groups` gives each module group's removal alone.
 */
export function breakdown(dist, file) {
  const path = join(dist, file);
  if (!existsSync(`${path}.map`)) return undefined;
  const code = codeOf(path);
  const { owner, sources } = owners(code, readFileSync(`${path}.map`, 'utf8'));
  const text = new Uint8Array(code.length);
  for (const [start, end] of textRanges(code)) text.fill(1, start, end);
  if (!text.includes(1)) return undefined;
  const structure = new Uint8Array(code.length);
  for (let i = 0; i < code.length; i++) structure[i] = text[i] || isStructure(sources[owner[i]]) ? 1 : 0;
  const noText = without(code, text);
  const noStructure = without(code, structure);
  const sizes = (data) => ({ gzip: gzip(data), brotli: brotli(data) });
  const [all, afterText, afterStructure] = [code, noText, noStructure].map(sizes);
  const minus = (a, b) => ({ gzip: a.gzip - b.gzip, brotli: a.brotli - b.brotli });
  const groupNames = [...new Set(sources.map(groupOf)), 'bundler glue'];
  const groups = groupNames
    .map((name) => {
      const mask = new Uint8Array(code.length);
      for (let i = 0; i < code.length; i++) mask[i] = !text[i] && groupOf(sources[owner[i]]) === name ? 1 : 0;
      const bytes = mask.reduce((n, v) => n + v, 0);
      return { name, minified: bytes, gzipRemoval: bytes ? all.gzip - gzip(without(code, mask)) : 0 };
    })
    .filter((g) => g.minified > 0)
    .sort((a, b) => b.minified - a.minified);
  return {
    file,
    parts: {
      text: minus(all, afterText),
      structure: minus(afterText, afterStructure),
      code: afterStructure,
    },
    textMinified: text.reduce((n, v) => n + v, 0),
    groups,
  };
}

/** Every drop-in file and the classic script, measured against its budget. */
export function measureBudgets(dist = 'dist') {
  const files = [...DROP_INS, { ...CLASSIC, set: 'osms-widgets' }];
  return files.map((dropIn) => {
    const budget = budgetOf(dropIn);
    const limit = limitOf(dropIn);
    const path = join(dist, dropIn.file);
    if (!existsSync(path)) return { ...dropIn, budget, limit, missing: true, holds: false, withinLimit: false };
    const code = readFileSync(path);
    const measured = { raw: code.length, gzip: gzip(code), brotli: brotli(code) };
    const above = (bounds) =>
      Object.entries(bounds)
        .filter(([kind, bound]) => measured[kind] > bound)
        .map(([kind, bound]) => ({ kind, by: measured[kind] - bound }));
    const over = above(budget);
    const overLimit = above(limit);
    return {
      ...dropIn,
      budget,
      limit,
      ...measured,
      over,
      holds: over.length === 0,
      overLimit,
      withinLimit: overLimit.length === 0,
    };
  });
}

/**
 * What the lists' search feature adds to each drop-in file, by removal: the compressed
 * size of the file minus that of the same file built with the search it replaced
 * (scripts/plain-search.mjs). Builds every drop-in file again, in memory.
 */
export async function measureSearch(dist = 'dist') {
  const rows = [];
  for (const dropIn of DROP_INS) {
    const path = join(dist, dropIn.file);
    if (!existsSync(path)) continue;
    const code = codeOf(path);
    const plain = (await buildPlain(dropIn.name)).replace(/\n\/\/# sourceMappingURL=.*\s*$/, '');
    rows.push({
      ...dropIn,
      gzip: gzip(code) - gzip(plain),
      brotli: brotli(code) - brotli(plain),
      raw: Buffer.byteLength(code) - Buffer.byteLength(plain),
    });
  }
  return rows;
}
