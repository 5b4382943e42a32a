// The shipped form of the messages. The readable ids (`svc.gobmp-emergency.text`) stay in
// the source and the XLIFF files; the build writes them in one of two ways.
//
// `ids` (the per-element ES entries, which use @lit/localize's msg() at run time): each id
// becomes its index in the sorted id list, and each locale module
// (src/generated/locales/<locale>.ts) is replaced by a table built from
// xliff/<locale>.xlf: an array keyed by those indexes.
//
// `tables` (the drop-in files, one self-contained file each): each msg() call becomes
// `m(index)` or `m(index, [values])` of src/internal/message-tables.ts, and each language,
// English included, one string of the texts of the messages the file really uses, in
// index order (so a file with one element carries only that element's messages).
// Kazakh and Russian are packed: their most frequent letters are written as single ASCII
// letters (one byte instead of two in UTF-8; 4.2 KB gzip less over both languages), and a
// page unpacks only its own language, when it first uses it.
//
// Tests run from source, without this step; the tests of the built files check the result
// against the XLIFF.
//
// The build fails (it never falls back to English in silence) when:
// - an XLIFF file is malformed, or a message lacks a target in some locale;
// - a msg() call has no literal `id`, or an id that no XLIFF file has;
// - an XLIFF id is used by no msg() call in the source (run npm run i18n:extract);
// - a readable id is still in the output, i.e. some msg() call was not rewritten.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import MagicString from 'magic-string';
import ts from 'typescript';
import { readMessageTables, MessageTableError } from './message-tables.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const LOCALE_MODULE = /\/src\/generated\/locales\/([\w-]+)\.ts$/;
const LOCALIZATION = join(ROOT, 'src/internal/localization.ts');
const RUNTIME = join(ROOT, 'src/internal/message-tables.ts');
const LOCALE_CODES = join(ROOT, 'src/generated/locale-codes.ts');
/** Where a msg() call stood, until the chunk is rendered and its index known. */
const CALL_MARK = /(["'`])@@osms-msg:([^@"'`]+)@@\1/g;
const TABLES_MARK = /(["'`])@@osms-tables@@\1/;
/** The separator of texts and the value mark in a shipped language (src/internal/message-tables.ts). */
const SEPARATOR = '|';
const VALUE = /\{\d/;

/**
 * Every msg() call in `code` with the node of its id (undefined when the call has no
 * literal id). Calls are found by the name `msg`, as lit-localize finds them.
 */
export function msgCalls(code, file) {
  const source = ts.createSourceFile(file, code, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const calls = [];
  const visit = (node) => {
    if (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === 'msg') {
      const options = node.arguments[1];
      let idNode;
      if (options && ts.isObjectLiteralExpression(options)) {
        for (const property of options.properties) {
          if (ts.isPropertyAssignment(property) && property.name.getText(source) === 'id') {
            if (ts.isStringLiteral(property.initializer) || ts.isNoSubstitutionTemplateLiteral(property.initializer))
              idNode = property.initializer;
          }
        }
      }
      const { line, character } = source.getLineAndCharacterOfPosition(node.getStart(source));
      const text = node.arguments[0];
      const template =
        text && ts.isTaggedTemplateExpression(text) && ts.isIdentifier(text.tag) && text.tag.text === 'str'
          ? text.template
          : undefined;
      calls.push({
        id: idNode?.text,
        start: idNode?.getStart(source),
        end: idNode?.getEnd(),
        where: `${file}:${line + 1}:${character + 1}`,
        callStart: node.getStart(source),
        callEnd: node.getEnd(),
        // The English: a literal's text, or a str`` template's parts and its values' spans.
        english:
          text && (ts.isStringLiteral(text) || ts.isNoSubstitutionTemplateLiteral(text))
            ? text.text
            : template && ts.isTemplateExpression(template)
              ? {
                  strings: [template.head.text, ...template.templateSpans.map((span) => span.literal.text)],
                  values: template.templateSpans.map((span) => [
                    span.expression.getStart(source),
                    span.expression.getEnd(),
                  ]),
                }
              : template
                ? template.text
                : undefined,
      });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return calls;
}

/** The source files lit-localize extracts from: src/**\/*.ts but tests and generated code. */
function sourceFiles(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'test' || entry.name === 'generated' ? [] : sourceFiles(path);
    return /\.ts$/.test(entry.name) && !/\.d\.ts$/.test(entry.name) ? [path] : [];
  });
}

/**
 * The ES module that replaces a generated locale module in the bundle: one array, a
 * message's index its slot. A `str` message becomes the object lit-localize's `str` tag
 * makes, with the source expression's index in `values`.
 */
export function tableModule(entries) {
  const literal = (entry) =>
    typeof entry === 'string'
      ? JSON.stringify(entry)
      : `{strTag:true,strings:${JSON.stringify(entry.strings)},values:${JSON.stringify(entry.values)}}`;
  return `export const templates = [\n${entries.map(literal).join(',\n')}\n];\n`;
}

/** The checks of buildStart, done once per process for unchanged files (a build runs three times). */
const checked = new Map();
function fingerprint(paths) {
  return paths.map((path) => `${path}:${statSync(path).mtimeMs}`).join('\n');
}

/** A table entry as one text: a str`` message's values become `{0}`, `{1}`… */
const flat = (entry) =>
  typeof entry === 'string' ? entry : entry.strings.reduce((text, part, i) => `${text}{${entry.values[i - 1]}${part}`);

/** Letters of the text's own alphabet, most frequent first, stand for these (one byte each). */
const LATIN = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';

/**
 * The packed form of a language's texts, which src/internal/message-tables.ts unpacks:
 * its most frequent non-ASCII letters become a–z, A–Z; a real Latin letter gets a `~`.
 * @returns {[alphabet: string, packed: string]}
 */
export function pack(text) {
  if (text.includes('~')) throw new Error('a translation contains "~", the escape of the packed form');
  const counts = new Map();
  // One UTF-16 unit each, so that the reader can index the alphabet.
  for (const char of text)
    if (char.length === 1 && char.charCodeAt(0) > 127 && /\p{L}/u.test(char))
      counts.set(char, (counts.get(char) ?? 0) + 1);
  const alphabet = [...counts]
    .sort((a, b) => b[1] - a[1])
    .slice(0, LATIN.length)
    .map(([char]) => char)
    .join('');
  let packed = '';
  for (const char of text) {
    const at = alphabet.indexOf(char);
    packed += at >= 0 ? LATIN[at] : /[A-Za-z]/.test(char) ? `~${char}` : char;
  }
  return [alphabet, packed];
}

/**
 * @param {{ xliffDir?: string, srcDir?: string, mode?: 'ids' | 'tables' | 'check' }} [options]
 *   `ids` for builds that use @lit/localize's msg(), `tables` for the all-languages
 *   drop-in files, `check` (the checks alone) where @lit/localize's transform mode writes
 *   the texts in place (scripts/vite-localize-transform.mjs).
 */
export function shortMessageIds({
  xliffDir = join(ROOT, 'xliff'),
  srcDir = join(ROOT, 'src'),
  mode = 'ids',
  only = undefined,
} = {}) {
  let ids = [];
  let tables = {};
  let index = new Map();
  /** id → its English, as the msg() call writes it (a table entry). */
  const english = new Map();
  return {
    name: 'osms-short-message-ids',
    enforce: 'pre',
    buildStart() {
      const files = sourceFiles(srcDir);
      const key = fingerprint([
        ...readdirSync(xliffDir)
          .filter((f) => f.endsWith('.xlf'))
          .map((f) => join(xliffDir, f)),
        ...files,
      ]);
      const cached = checked.get(key);
      if (cached) {
        ({ ids, tables } = cached);
        index = new Map(ids.map((id, i) => [id, i]));
        return;
      }
      try {
        ({ ids, tables } = readMessageTables({ dir: xliffDir }));
      } catch (error) {
        if (error instanceof MessageTableError) this.error(error.message);
        throw error;
      }
      index = new Map(ids.map((id, i) => [id, i]));
      // The XLIFF files and the source agree on the set of ids.
      const problems = [];
      const used = new Set();
      for (const file of files) {
        for (const call of msgCalls(readFileSync(file, 'utf8'), relative(ROOT, file))) {
          if (call.id === undefined) problems.push(`${call.where}: msg() without a literal id`);
          else if (!index.has(call.id))
            problems.push(
              `${call.where}: the id "${call.id}" is in no XLIFF file (run npm run i18n:extract, then translate it)`,
            );
          else used.add(call.id);
        }
      }
      for (const id of ids)
        if (!used.has(id)) problems.push(`xliff: "${id}" is used by no msg() call in src/ (run npm run i18n:extract)`);
      if (problems.length) this.error(`The message ids cannot be shortened:\n  ${problems.join('\n  ')}`);
      checked.set(key, { ids, tables });
    },
    load(file) {
      if (mode === 'tables' && file.split('?')[0] === LOCALIZATION && only)
        return [
          `import { messageTables } from ${JSON.stringify(RUNTIME)};`,
          `const locale = ${JSON.stringify(only)};`,
          'export const localization = { getLocale: () => locale, setLocale: () => Promise.resolve() };',
          'export const { m } = messageTables(() => locale, "@@osms-tables@@");',
          'export const only = locale;',
        ].join('\n');
      if (mode === 'tables' && file.split('?')[0] === LOCALIZATION)
        return [
          "import { configureLocalization } from '@lit/localize';",
          `import { sourceLocale, targetLocales } from ${JSON.stringify(LOCALE_CODES)};`,
          `import { messageTables } from ${JSON.stringify(RUNTIME)};`,
          'export const localization = configureLocalization({',
          '  sourceLocale,',
          '  targetLocales,',
          '  loadLocale: (locale) => Promise.resolve(bundled[locale]),',
          '});',
          'export const { bundled, m } = messageTables(() => localization.getLocale(), "@@osms-tables@@");',
          'export const only = undefined;',
        ].join('\n');
      const locale = LOCALE_MODULE.exec(file)?.[1];
      if (!locale) return null;
      if (!tables[locale]) this.error(`${file}: no xliff/${locale}.xlf for this locale module`);
      return { code: tableModule(tables[locale]), map: null };
    },
    transform(code, file) {
      if (mode === 'check') return null;
      if (!file.startsWith(resolve(srcDir)) || !/\.ts$/.test(file) || LOCALE_MODULE.test(file)) return null;
      if (!code.includes('msg(')) return null;
      const calls = msgCalls(code, relative(ROOT, file));
      if (!calls.length) return null;
      const out = new MagicString(code);
      for (const call of calls) {
        if (call.id === undefined || !index.has(call.id)) this.error(`${call.where}: msg() without a known literal id`);
        if (mode === 'ids') {
          out.overwrite(call.start, call.end, `'${index.get(call.id)}'`);
          continue;
        }
        // msg('Text', { id }) → m("@@osms-msg:id@@"); msg(str`a ${x} b ${y}`, { id }) →
        // m("@@osms-msg:id@@", [x, y]); the values' own code is left in place.
        const { english: text } = call;
        if (text === undefined) this.error(`${call.where}: msg() whose text is neither a string literal nor str\`\``);
        const mark = `__osmsMsg("@@osms-msg:${call.id}@@"`;
        if (typeof text === 'string') {
          english.set(call.id, text);
          out.overwrite(call.callStart, call.callEnd, `${mark})`);
          continue;
        }
        english.set(call.id, { strings: text.strings, values: text.values.map((_, i) => i) });
        let at = call.callStart;
        text.values.forEach(([start, end], i) => {
          out.overwrite(at, start, i === 0 ? `${mark}, [` : ', ');
          at = end;
        });
        out.overwrite(at, call.callEnd, '])');
      }
      if (mode === 'tables') out.prepend(`import { m as __osmsMsg } from ${JSON.stringify(LOCALIZATION)};\n`);
      return { code: out.toString(), map: out.generateMap({ hires: true, source: file, includeContent: true }) };
    },
    renderChunk(code) {
      if (mode !== 'tables' || !TABLES_MARK.test(code)) return null;
      // The messages this file calls, in id order: their indexes and the texts it carries.
      const used = new Set([...code.matchAll(CALL_MARK)].map((match) => match[2]));
      const usedIds = ids.filter((id) => used.has(id));
      const at = new Map(usedIds.map((id, i) => [id, i]));
      const out = new MagicString(code);
      for (const match of code.matchAll(CALL_MARK))
        out.overwrite(match.index, match.index + match[0].length, String(at.get(match[2])));
      const shipped = {};
      const languages = [
        ['en', usedIds.map((id) => english.get(id))],
        ...Object.entries(tables).map(([locale, table]) => [locale, usedIds.map((id) => table[index.get(id)])]),
      ].filter(([locale]) => !only || locale === only);
      for (const [locale, entries] of languages) {
        const texts = entries.map(flat);
        const bad = texts.filter(
          (text, i) => text.includes(SEPARATOR) || (typeof entries[i] === 'string' && VALUE.test(text)),
        );
        if (bad.length)
          this.error(
            `${locale}: texts with "${SEPARATOR}" or "{digit}", which the shipped form reserves: ${bad.join(' / ')}`,
          );
        const joined = texts.join(SEPARATOR);
        shipped[locale] = locale === 'en' ? joined : pack(joined);
      }
      const mark = TABLES_MARK.exec(code);
      out.overwrite(mark.index, mark.index + mark[0].length, JSON.stringify(shipped));
      return { code: out.toString(), map: out.generateMap({ hires: true }) };
    },
    generateBundle(_options, bundle) {
      // A readable id left in the output means a msg() call the transform did not reach.
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk') continue;
        const left = ids.filter(
          (id) => chunk.code.includes(`"${id}"`) || chunk.code.includes(`'${id}'`) || chunk.code.includes(`\`${id}\``),
        );
        if (left.length) this.error(`${chunk.fileName}: message ids not shortened: ${left.join(', ')}`);
      }
    },
  };
}
