// The built files carry every message of every locale. The per-element ES entries: each
// locale's table equals its XLIFF targets slot by slot, and each msg() call site has the
// slot whose XLIFF source is its own English text. The drop-in files: each language's
// shipped texts, unpacked, equal the XLIFF (English: its sources) for exactly the
// messages the file calls, and each call, traced back through the source map, is the
// msg() call whose id has that index. Run after `npm run build`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import ts from 'typescript';
import { TraceMap, originalPositionFor, sourceContentFor } from '@jridgewell/trace-mapping';
import { DOMParser } from '@xmldom/xmldom';
import { readMessageTables, TARGET_LOCALES } from '../../scripts/message-tables.mjs';
import { msgCalls } from '../../scripts/vite-message-ids.mjs';
import { CLASSIC, DROP_INS } from '../../scripts/drop-ins.mjs';
import { SOURCE_LOCALE } from '../../scripts/locales.mjs';

const { ids, tables } = readMessageTables();

/** Each id's English source split at its placeholders, from the first XLIFF file. */
function sources() {
  const doc = new DOMParser().parseFromString(readFileSync(`xliff/${TARGET_LOCALES[0]}.xlf`, 'utf8'), 'text/xml');
  const out = new Map();
  for (const unit of Array.from(doc.getElementsByTagName('trans-unit'))) {
    const parts = [''];
    for (let node = unit.getElementsByTagName('source')[0].firstChild; node; node = node.nextSibling) {
      if (node.nodeType === 1) parts.push('');
      else parts[parts.length - 1] += node.nodeValue;
    }
    out.set(unit.getAttribute('id'), parts);
  }
  return out;
}

const literalText = (node) =>
  ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) ? node.text : undefined;

/** A table entry as written in the bundle, or undefined if `node` is not one. */
function entryOf(node) {
  const text = literalText(node);
  if (text !== undefined) return text;
  if (!ts.isObjectLiteralExpression(node)) return undefined;
  const props = Object.fromEntries(
    node.properties.filter(ts.isPropertyAssignment).map((p) => [p.name.getText(), p.initializer]),
  );
  if (!props.strTag || !props.strings || !props.values) return undefined;
  return {
    strings: props.strings.elements.map(literalText),
    values: props.values.elements.map((v) => Number(v.getText())),
  };
}

/** The table arrays and the msg() call sites (English parts and slot) of a built file. */
function inspect(file) {
  const code = readFileSync(file, 'utf8');
  const source = ts.createSourceFile(file, code, ts.ScriptTarget.Latest, true, ts.ScriptKind.JS);
  const arrays = [];
  const calls = [];
  const visit = (node) => {
    if (ts.isArrayLiteralExpression(node) && node.elements.length === ids.length) {
      const entries = node.elements.map(entryOf);
      if (entries.every((e) => e !== undefined)) arrays.push(entries);
    }
    if (ts.isCallExpression(node) && node.arguments.length === 2 && ts.isObjectLiteralExpression(node.arguments[1])) {
      const [message, options] = node.arguments;
      const idProp = options.properties.find((p) => ts.isPropertyAssignment(p) && p.name.getText() === 'id');
      const slot = idProp && literalText(idProp.initializer);
      if (slot !== undefined && /^\d+$/.test(slot)) {
        const parts =
          literalText(message) !== undefined
            ? [literalText(message)]
            : ts.isTaggedTemplateExpression(message) && ts.isTemplateExpression(message.template)
              ? [message.template.head.text, ...message.template.templateSpans.map((s) => s.literal.text)]
              : undefined;
        const { line, character } = source.getLineAndCharacterOfPosition(idProp.initializer.getStart(source));
        calls.push({ slot: Number(slot), parts, line: line + 1, column: character });
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return { arrays, calls };
}

const english = sources();
// The per-element entries share their tables and calls through chunks: read them all.
const esFiles = [
  ...readdirSync('dist/es').map((f) => `dist/es/${f}`),
  ...readdirSync('dist/es/internal').map((f) => `dist/es/internal/${f}`),
].filter((f) => f.endsWith('.js'));

{
  const name = 'dist/es/**';
  const found = esFiles
    .map(inspect)
    .reduce((a, b) => ({ arrays: [...a.arrays, ...b.arrays], calls: [...a.calls, ...b.calls] }));

  for (const locale of TARGET_LOCALES) {
    test(`${name}: the ${locale} table equals xliff/${locale}.xlf, all ${ids.length} messages`, () => {
      const table = found.arrays.find((entries) => JSON.stringify(entries) === JSON.stringify(tables[locale]));
      if (!table) {
        // Say which slots differ from the nearest table, not just "not found".
        const nearest = found.arrays[TARGET_LOCALES.indexOf(locale)] ?? [];
        const wrong = ids.filter((id, i) => JSON.stringify(nearest[i]) !== JSON.stringify(tables[locale][i]));
        assert.fail(
          `${found.arrays.length} table(s) in ${name}; the ${locale} one differs from the XLIFF at ${wrong.slice(0, 10).join(', ')}${wrong.length > 10 ? '…' : ''}`,
        );
      }
    });
  }

  test(`${name}: every msg() call has the slot of its own English text, and every message is called`, () => {
    const wrong = [];
    const called = new Set();
    for (const call of found.calls) {
      const id = ids[call.slot];
      called.add(id);
      if (!id) wrong.push(`slot ${call.slot} is beyond the ${ids.length} messages`);
      else if (JSON.stringify(call.parts) !== JSON.stringify(english.get(id)))
        wrong.push(
          `slot ${call.slot} (${id}): ${JSON.stringify(call.parts)} is not ${JSON.stringify(english.get(id))}`,
        );
    }
    assert.deepEqual(wrong, []);
    assert.deepEqual(
      ids.filter((id) => !called.has(id)),
      [],
      'messages with no call site in the bundle',
    );
  });
}

// The drop-in files' shipped form (src/internal/message-tables.ts), read independently.
const LATIN = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
function unpack(alphabet, packed) {
  let out = '';
  for (let i = 0; i < packed.length; i++) {
    const c = packed[i];
    if (c === '~') out += packed[++i];
    else out += LATIN.includes(c) && LATIN.indexOf(c) < alphabet.length ? alphabet[LATIN.indexOf(c)] : c;
  }
  return out;
}
/** A table entry as shipped: a str`` message's n-th value is `{n`. */
const flat = (entry) =>
  typeof entry === 'string' ? entry : entry.strings.reduce((text, part, i) => `${text}{${entry.values[i - 1]}${part}`);
const englishEntry = (id) => {
  const parts = english.get(id);
  return parts.length === 1 ? parts[0] : { strings: parts, values: parts.slice(1).map((_, i) => i) };
};

/** The languages' texts of a drop-in file: the object literal `{ en: "…", kk: [alphabet, packed], … }`. */
function shippedTexts(source) {
  let found;
  const visit = (node) => {
    if (ts.isObjectLiteralExpression(node) && node.properties.length > 0) {
      const entries = node.properties.map((p) =>
        ts.isPropertyAssignment(p) ? [p.name.getText().replace(/["']/g, ''), p.initializer] : [],
      );
      const languages = entries.every(
        ([key, value]) =>
          /^[a-z]{2}$/.test(key ?? '') &&
          (literalText(value) !== undefined ||
            (ts.isArrayLiteralExpression(value) &&
              value.elements.length === 2 &&
              value.elements.every((e) => literalText(e) !== undefined))),
      );
      const texts = entries.flatMap(([, value]) =>
        !value ? [] : ts.isArrayLiteralExpression(value) ? value.elements.map(literalText) : [literalText(value)],
      );
      if (languages && texts.some((text) => text?.includes('|'))) {
        found = Object.fromEntries(
          entries.map(([key, value]) => [
            key,
            (literalText(value) ?? unpack(...value.elements.map(literalText))).split('|'),
          ]),
        );
      }
    }
    if (!found) ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/**
 * Each message index the file's code passes (as a call's first argument, or a branch of
 * one that Terser folded), with the id of the msg() call it came from in the source.
 */
function indexedCalls(file, code, source) {
  const map = new TraceMap(readFileSync(`${file}.map`, 'utf8'));
  const callsBySource = new Map();
  const found = [];
  const problems = [];
  const literals = (node) =>
    ts.isNumericLiteral(node)
      ? [node]
      : ts.isConditionalExpression(node)
        ? [...literals(node.whenTrue), ...literals(node.whenFalse)]
        : ts.isParenthesizedExpression(node)
          ? literals(node.expression)
          : [];
  const visit = (node) => {
    if (ts.isCallExpression(node) && node.arguments.length >= 1 && node.arguments.length <= 2) {
      for (const literal of literals(node.arguments[0])) {
        const { line, character } = source.getLineAndCharacterOfPosition(literal.getStart(source));
        const original = originalPositionFor(map, { line: line + 1, column: character });
        if (!original.source || !/\/src\/.*\.ts$/.test(original.source)) continue;
        const text = sourceContentFor(map, original.source);
        if (!callsBySource.has(original.source))
          callsBySource.set(original.source, { text, calls: msgCalls(text, original.source) });
        const { text: content, calls } = callsBySource.get(original.source);
        const offset =
          content
            .split('\n')
            .slice(0, original.line - 1)
            .reduce((n, l) => n + l.length + 1, 0) + original.column;
        if (!content.startsWith('msg(', offset)) continue;
        const call = calls.find((c) => c.callStart === offset);
        if (!call) problems.push(`${original.source}:${original.line}: no msg() call starts here`);
        else found.push({ index: Number(literal.text), id: call.id });
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return { found, problems };
}

const tableFiles = [...DROP_INS.filter((d) => d.locale !== SOURCE_LOCALE).map((d) => d.file), CLASSIC.file];
for (const name of tableFiles) {
  const file = `dist/${name}`;
  const locale = DROP_INS.find((d) => d.file === name)?.locale;
  test(`${file}: each call has the index of its own id, and each language's texts equal the XLIFF for exactly the messages called`, () => {
    assert.ok(existsSync(file), `${file} is built`);
    const code = readFileSync(file, 'utf8');
    const source = ts.createSourceFile(file, code, ts.ScriptTarget.Latest, true, ts.ScriptKind.JS);
    const shipped = shippedTexts(source);
    assert.ok(shipped, 'the shipped texts are in the file');
    assert.deepEqual(Object.keys(shipped).sort(), locale ? [locale] : ['en', ...TARGET_LOCALES].sort());
    const { found, problems } = indexedCalls(file, code, source);
    assert.deepEqual(problems, []);
    // The called ids, in id order, are the table's rows: index i is the i-th of them.
    const calledIds = [...new Set(found.map((c) => c.id))].sort();
    const wrongIndex = found.filter((c) => calledIds[c.index] !== c.id).map((c) => `${c.id} called as ${c.index}`);
    assert.deepEqual(wrongIndex, []);
    for (const [language, texts] of Object.entries(shipped)) {
      const expected = calledIds.map((id) =>
        flat(language === 'en' ? englishEntry(id) : tables[language][ids.indexOf(id)]),
      );
      assert.equal(texts.length, expected.length, `${language}: one text per message called`);
      const wrong = calledIds.filter((id, i) => texts[i] !== expected[i]);
      assert.deepEqual(wrong, [], `${language}: texts that differ from the XLIFF`);
    }
    if (!DROP_INS.find((d) => d.file === name) || DROP_INS.find((d) => d.file === name).set === 'osms-widgets')
      assert.deepEqual(
        ids.filter((id) => !calledIds.includes(id)),
        [],
        'messages with no call site in the full set',
      );
  });
}

// The source locale's files: @lit/localize's transform mode wrote each message in place.
for (const dropIn of DROP_INS.filter((d) => d.locale === SOURCE_LOCALE && d.set === 'osms-widgets')) {
  const file = `dist/${dropIn.file}`;
  test(`${file}: every message's English in place, no table, no other language`, () => {
    const code = readFileSync(file, 'utf8');
    const source = ts.createSourceFile(file, code, ts.ScriptTarget.Latest, true, ts.ScriptKind.JS);
    assert.equal(shippedTexts(source), undefined);
    const missing = ids.filter((id) => english.get(id).some((part) => part && !code.includes(part)));
    assert.deepEqual(missing, []);
    for (const locale of TARGET_LOCALES) {
      const sample = tables[locale].filter((t) => typeof t === 'string' && t.length > 30).slice(0, 20);
      assert.deepEqual(
        sample.filter((text) => code.includes(text)),
        [],
        `${locale} texts in the English file`,
      );
    }
  });
}
