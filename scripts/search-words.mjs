#!/usr/bin/env node
// The review tables of docs/search-words.md, written from the sources of truth: the
// vocabulary's msg() calls and the items they serve (SEARCH_WORDS in src/content/services.ts
// and src/content/categories.ts, the care that is not free in src/content/search-words.ts), their
// Kazakh and Russian forms (xliff/*.xlf), and the care that is not free with its source
// (src/core/data/search-words.ts). `node scripts/search-words.mjs` rewrites the part
// between the markers; `--check` fails when that part is not current.
import { readFileSync, writeFileSync } from 'node:fs';
import { readXliff, TARGET_LOCALES } from './xliff.mjs';

const DOC = 'docs/search-words.md';
const START = '<!-- search-words:start (written by scripts/search-words.mjs) -->';
const END = '<!-- search-words:end -->';

/** Message id → { en, kk, ru }, for the vocabulary's messages. */
function messages() {
  const byId = new Map();
  for (const locale of TARGET_LOCALES) {
    for (const unit of readXliff(`xliff/${locale}.xlf`).units) {
      if (!unit.id.startsWith('words.')) continue;
      const entry = byId.get(unit.id) ?? { en: unit.source };
      entry[locale] = unit.target ?? '';
      byId.set(unit.id, entry);
    }
  }
  return byId;
}

/** The items each vocabulary message serves: `'item': () => msg(…, { id })` or `'item': shared`. */
function usesOf(source) {
  const shared = new Map(
    [...source.matchAll(/const (\w+): Text = \(\) =>\s*msg\([^)]*?id: '([^']+)'/gs)].map((m) => [m[1], m[2]]),
  );
  const uses = new Map();
  const add = (id, item) => uses.set(id, [...(uses.get(id) ?? []), item]);
  for (const m of source.matchAll(/^ {2}'?([\w-]+)'?: (?:(\w+),|\(\) =>\s*msg\([^)]*?id: '([^']+)')/gms)) {
    const id = m[3] ?? shared.get(m[2]);
    if (id) add(id, m[1]);
  }
  return uses;
}

const cell = (text) => (text ?? '').replace(/\|/g, '\\|');

export function tables() {
  const texts = messages();
  const uses = usesOf(
    ['services', 'categories', 'search-words'].map((m) => readFileSync(`src/content/${m}.ts`, 'utf8')).join('\n'),
  );
  const core = readFileSync('src/core/data/search-words.ts', 'utf8');
  const cited = new Map(
    [
      ...readFileSync('src/core/data/sources.ts', 'utf8').matchAll(
        /export const (\w+) = (?:\/\* @__PURE__ \*\/ )?cite\(\s*'(\w+)',\s*'([^']+)'/g,
      ),
    ].map((m) => [m[1], `${m[3]} (${m[2]})`]),
  );
  const sources = new Map(
    [...core.matchAll(/\{ id: '([\w-]+)', since: '[\d-]+', source: ([^,]+)(, unconfirmed: true)? \}/g)].map((m) => [
      m[1],
      { source: cited.get(m[2]) ?? m[2].replace(/'/g, ''), unconfirmed: Boolean(m[3]) },
    ]),
  );
  const rows = (wanted) =>
    [...texts]
      .filter(([id]) => wanted(id))
      .map(([id, t]) => {
        const items = (uses.get(id) ?? []).map((item) => `\`${item}\``).join(', ');
        return `| ${items} | ${cell(t.en)} | ${cell(t.kk)} | ${cell(t.ru)} |`;
      });
  const header = '| Items | English | Kazakh | Russian |\n|---|---|---|---|';
  const services = rows((id) => !id.startsWith('words.group.') && !id.startsWith('words.not-free.'));
  const notFree = [...texts]
    .filter(([id]) => id.startsWith('words.not-free.'))
    .map(([id, t]) => {
      const term = id.slice('words.not-free.'.length);
      const { source, unconfirmed } = sources.get(term) ?? {};
      return `| \`${term}\` | ${cell(t.en)} | ${cell(t.kk)} | ${cell(t.ru)} | ${source ?? '?'}${unconfirmed ? ' (unconfirmed)' : ''} |`;
    });
  return [
    START,
    '',
    '### Services and examples',
    '',
    'A service is also found by the words of its examples.',
    '',
    header,
    ...services,
    '',
    '### Groups of the exemption list',
    '',
    header,
    ...rows((id) => id.startsWith('words.group.')),
    '',
    '### Care that is not free',
    '',
    'The first phrase names it in the answer.',
    '',
    '| Id | English | Kazakh | Russian | Source |',
    '|---|---|---|---|---|',
    ...notFree,
    '',
    END,
  ].join('\n');
}

const doc = readFileSync(DOC, 'utf8');
const start = doc.indexOf(START);
const end = doc.indexOf(END);
if (start < 0 || end < 0) throw new Error(`${DOC} has no ${START} … ${END} markers`);
const current = doc.slice(0, start) + tables() + doc.slice(end + END.length);
if (process.argv.includes('--check')) {
  if (current !== doc) {
    console.error(`${DOC} is not current: run node scripts/search-words.mjs`);
    process.exit(1);
  }
  console.log(`${DOC}: the vocabulary tables are current.`);
} else {
  writeFileSync(DOC, current);
  console.log(`${DOC}: vocabulary tables written.`);
}
