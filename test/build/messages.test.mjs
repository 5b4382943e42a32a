// The built files carry every message of every locale: each locale's table in the bundle
// equals its XLIFF targets slot by slot, and each msg() call site in the bundle has the
// slot whose XLIFF source is its own English text. Run after `npm run build`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import ts from 'typescript';
import { TraceMap, originalPositionFor, sourceContentFor } from '@jridgewell/trace-mapping';
import { DOMParser } from '@xmldom/xmldom';
import { readMessageTables, TARGET_LOCALES } from '../../scripts/message-tables.mjs';

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
const bundles = ['dist/osms-widgets.js', 'dist/osms-widgets.iife.js'];
// The per-element entries share their tables and calls through chunks: read them all.
const esFiles = [
  ...readdirSync('dist/es').map((f) => `dist/es/${f}`),
  ...readdirSync('dist/es/internal').map((f) => `dist/es/internal/${f}`),
].filter((f) => f.endsWith('.js'));

for (const files of [...bundles.map((b) => [b]), esFiles]) {
  const name = files.length === 1 ? files[0] : 'dist/es/**';
  const found = files
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

test('the source map of the drop-in points each rewritten msg() id at its readable id in the source', () => {
  const file = 'dist/osms-widgets.js';
  const map = new TraceMap(readFileSync(`${file}.map`, 'utf8'));
  const wrong = [];
  const { calls } = inspect(file);
  for (const call of calls) {
    const original = originalPositionFor(map, { line: call.line, column: call.column });
    const text = original.source && sourceContentFor(map, original.source);
    const line = text?.split('\n')[original.line - 1] ?? '';
    const id = ids[call.slot];
    if (line.slice(original.column, original.column + id.length + 2) !== `'${id}'`)
      wrong.push(
        `${id} → ${original.source}:${original.line}:${original.column} ${JSON.stringify(line.trim().slice(0, 80))}`,
      );
  }
  assert.ok(calls.length >= ids.length);
  assert.deepEqual(wrong, []);
});

// The one-language drop-ins: their own table only, every message called, and no English
// (the kk and ru files keep each str`` message's values, in order, and nothing else).
for (const locale of ['kk', 'ru', 'en']) {
  const file = `dist/osms-widgets.${locale}.js`;
  test(`${file}: ${locale === 'en' ? 'no table' : `the ${locale} table only`}; every message called${locale === 'en' ? ' with its English' : ', with no English'}`, () => {
    const found = inspect(file);
    const expected = locale === 'en' ? [] : [JSON.stringify(tables[locale])];
    assert.deepEqual(
      found.arrays.map((entries) => JSON.stringify(entries)),
      expected,
    );
    const called = new Set(found.calls.map((call) => ids[call.slot]));
    assert.deepEqual(
      ids.filter((id) => !called.has(id)),
      [],
      'messages with no call site in the bundle',
    );
    const wrong = found.calls.filter((call) => {
      const want = english.get(ids[call.slot]);
      return JSON.stringify(call.parts) !== JSON.stringify(locale === 'en' ? want : want.map(() => ''));
    });
    assert.deepEqual(
      wrong.map((call) => `${ids[call.slot]}: ${JSON.stringify(call.parts)}`),
      [],
    );
  });
}
