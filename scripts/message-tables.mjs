// The shipped message tables, read from the XLIFF files (the source of truth for the
// translations) rather than from lit-localize's generated TypeScript. Every problem that
// would leave a slot empty — and so show English in the bundle — is an error here.
import { readFileSync } from 'node:fs';
import { DOMParser } from '@xmldom/xmldom';
import { TARGET_LOCALES } from './locales.mjs';

export { TARGET_LOCALES };

/**
 * @typedef {{ strings: string[], values: number[] }} Template A `str` message: text parts
 *   and, between them, the index of the source expression that goes there.
 * @typedef {string | Template} Entry
 */

/** Thrown with every problem found, one per line, so one build run shows them all. */
export class MessageTableError extends Error {
  /** @param {string[]} problems */
  constructor(problems) {
    const shown = problems.slice(0, 40).concat(problems.length > 40 ? [`… and ${problems.length - 40} more`] : []);
    super(`The message tables cannot be built:\n  ${shown.join('\n  ')}`);
    this.problems = problems;
  }
}

function parse(path) {
  const problems = [];
  const report = (level) => (message) =>
    problems.push(`${path}: XML ${level}: ${String(message).trim().split('\n')[0]}`);
  const doc = new DOMParser({
    errorHandler: { warning: report('warning'), error: report('error'), fatalError: report('fatal error') },
  }).parseFromString(readFileSync(path, 'utf8'), 'text/xml');
  return { doc, problems };
}

const EXPRESSION = /^\$\{[^]*\}$/;
const ID = /^[a-z0-9]+(-[a-z0-9]+)*(\.[a-z0-9]+(-[a-z0-9]+)*)*$/;

/**
 * A target's content as a table entry: text, or text parts with the source expression
 * each `<x>` placeholder stands for. `sourceIds` are the source's placeholder ids in order.
 */
function entryOf(target, sourceIds, where, problems) {
  const strings = [''];
  const values = [];
  for (let node = target.firstChild; node; node = node.nextSibling) {
    if (node.nodeType === 3 || node.nodeType === 4) {
      strings[strings.length - 1] += node.nodeValue;
    } else if (node.nodeType === 1 && node.nodeName === 'x') {
      const id = node.getAttribute('id');
      const equiv = node.getAttribute('equiv-text');
      const at = sourceIds.indexOf(id);
      if (at < 0) problems.push(`${where}: the target's placeholder <x id="${id}"> is not in the source`);
      else if (!EXPRESSION.test(equiv))
        problems.push(
          `${where}: placeholder <x id="${id}"> is not one \${expression} (html\`\` messages are not supported; use str\`\`)`,
        );
      values.push(at);
      strings.push('');
    } else if (node.nodeType === 1) {
      problems.push(`${where}: unexpected <${node.nodeName}> in the target`);
    }
  }
  return values.length ? { strings, values } : strings[0];
}

/**
 * Reads `xliff/<locale>.xlf` for every locale. Returns the sorted ids (a message's index in
 * the shipped tables is its place in this list) and, per locale, one entry per id.
 * Throws a MessageTableError unless every id has a non-empty target in every locale.
 * @returns {{ ids: string[], tables: Record<string, Entry[]> }}
 */
export function readMessageTables({ dir = 'xliff', locales = TARGET_LOCALES } = {}) {
  const problems = [];
  const perLocale = {};
  for (const locale of locales) {
    const path = `${dir}/${locale}.xlf`;
    const { doc, problems: xmlProblems } = parse(path);
    problems.push(...xmlProblems);
    const entries = new Map();
    for (const unit of Array.from(doc.getElementsByTagName('trans-unit'))) {
      const id = unit.getAttribute('id');
      const where = `${path}: ${id}`;
      if (!id) {
        problems.push(`${path}: a <trans-unit> without an id`);
        continue;
      }
      if (entries.has(id)) problems.push(`${where}: the id appears twice`);
      if (!ID.test(id)) problems.push(`${where}: an id is dotted kebab-case words (e.g. checker.result.print)`);
      const source = unit.getElementsByTagName('source')[0];
      const target = unit.getElementsByTagName('target')[0];
      if (!source) problems.push(`${where}: no <source>`);
      if (!target) {
        problems.push(`${where}: no <target> (translate it, see npm run i18n:check)`);
        entries.set(id, '');
        continue;
      }
      const sourceIds = source ? Array.from(source.getElementsByTagName('x')).map((x) => x.getAttribute('id')) : [];
      const entry = entryOf(target, sourceIds, where, problems);
      if (typeof entry === 'string' && !entry.trim()) problems.push(`${where}: the <target> is empty`);
      entries.set(id, entry);
    }
    perLocale[locale] = entries;
  }
  const ids = [...new Set(Object.values(perLocale).flatMap((entries) => [...entries.keys()]))].sort();
  for (const locale of locales) {
    for (const id of ids)
      if (!perLocale[locale].has(id))
        problems.push(
          `${dir}/${locale}.xlf: ${id}: missing (it is in another locale's file; run npm run i18n:extract)`,
        );
  }
  if (problems.length) throw new MessageTableError(problems);
  const tables = Object.fromEntries(locales.map((locale) => [locale, ids.map((id) => perLocale[locale].get(id))]));
  return { ids, tables };
}
