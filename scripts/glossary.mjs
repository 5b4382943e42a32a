// The glossary of docs/glossary.md as data, and the check that the Kazakh and Russian
// translations keep to it: no rejected variant, and each listed abbreviation spelled out
// in the same string before it is used.
import { readFileSync } from 'node:fs';

/** A rejected pattern as a RegExp: case-insensitive, from the start of a word; `*` = any letters. */
export function patternRegExp(pattern) {
  const parts = pattern
    .trim()
    .split('*')
    .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ +/g, '\\s+'));
  const open = pattern.trim().endsWith('*');
  const body = parts.join('\\p{L}*');
  return new RegExp(`(?<![\\p{L}\\p{N}])${body}${open ? '' : '(?![\\p{L}\\p{N}])'}`, 'iu');
}

/** The backticked patterns of a table cell ('—' for none). */
function patternsOf(cell) {
  return [...cell.matchAll(/`([^`]+)`/g)].map((m) => m[1]);
}

/** The rows of the first table after `heading`, as arrays of trimmed cells. */
function tableAfter(markdown, heading) {
  const start = markdown.indexOf(`\n## ${heading}`);
  if (start < 0) throw new Error(`docs/glossary.md has no section "${heading}"`);
  const rows = [];
  for (const line of markdown.slice(start).split('\n').slice(2)) {
    if (line.startsWith('## ')) break;
    if (!line.startsWith('|') || /^\|[-| ]+\|$/.test(line)) continue;
    rows.push(
      line
        .split('|')
        .slice(1, -1)
        .map((cell) => cell.trim()),
    );
  }
  return rows.slice(1); // without the header
}

/**
 * The glossary: `terms` (number, English, Kazakh, Russian, source and the rejected
 * patterns per locale) and `abbreviations` (abbreviation, locale, spelled-out pattern).
 */
export function readGlossary(path = 'docs/glossary.md') {
  const markdown = readFileSync(path, 'utf8');
  const terms = tableAfter(markdown, 'Terms').map(([number, en, kk, ru, source, rejectedKk, rejectedRu]) => ({
    number: Number(number),
    en,
    kk,
    ru,
    source,
    rejected: { kk: patternsOf(rejectedKk), ru: patternsOf(rejectedRu) },
  }));
  const abbreviations = tableAfter(markdown, 'Abbreviations spelled out at first use').map(
    ([abbreviation, locale, spelled]) => ({ abbreviation, locale, spelledOut: patternsOf(spelled)[0] }),
  );
  return { terms, abbreviations };
}

/**
 * Where `units` ({ id, target }) of `locale` break the glossary: each problem as
 * { id, problem, text }. The search vocabulary (`words.*`) is not checked: it lists the
 * words residents type, variants included, so that they find the official term.
 */
export function glossaryViolations(glossary, locale, units) {
  const problems = [];
  const rejected = glossary.terms.flatMap((term) =>
    term.rejected[locale].map((pattern) => ({ term, pattern, re: patternRegExp(pattern) })),
  );
  const abbreviations = glossary.abbreviations
    .filter((a) => a.locale === locale)
    .map((a) => ({ ...a, use: patternRegExp(a.abbreviation), full: patternRegExp(a.spelledOut) }));
  for (const { id, target } of units) {
    if (!target || id.startsWith('words.')) continue;
    for (const { term, pattern, re } of rejected) {
      const found = re.exec(target);
      if (found)
        problems.push({
          id,
          problem: `uses «${found[0]}» (rejected \`${pattern}\`); glossary term ${term.number}: «${term[locale]}»`,
          text: target,
        });
    }
    for (const a of abbreviations) {
      const use = a.use.exec(target);
      if (!use) continue;
      const full = a.full.exec(target);
      if (!full || full.index > use.index)
        problems.push({ id, problem: `uses ${a.abbreviation} without spelling it out first`, text: target });
    }
  }
  return problems;
}
