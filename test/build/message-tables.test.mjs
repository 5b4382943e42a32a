// The build step that ships the messages refuses anything that would leave a slot empty
// (and so show English in the bundle where the source shows Kazakh or Russian).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'vite';
import { readMessageTables, MessageTableError } from '../../scripts/message-tables.mjs';
import { msgCalls, shortMessageIds, tableModule } from '../../scripts/vite-message-ids.mjs';

/** A copy of xliff/ with `edit(kk.xlf text)` applied to the Kazakh file. */
function brokenCopy(edit) {
  const dir = mkdtempSync(join(tmpdir(), 'osms-xliff-'));
  cpSync('xliff', dir, { recursive: true });
  const path = join(dir, 'kk.xlf');
  const before = readFileSync(path, 'utf8');
  const after = edit(before);
  assert.notEqual(after, before, 'the edit changed the file');
  writeFileSync(path, after);
  return dir;
}

const problemsOf = (dir) => {
  try {
    readMessageTables({ dir });
  } catch (error) {
    assert.ok(error instanceof MessageTableError, String(error));
    return error.problems;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return [];
};

test('reads every message of both locales, multi-line and placeholder targets included', () => {
  const { ids, tables } = readMessageTables();
  assert.ok(ids.length > 300);
  for (const table of Object.values(tables)) {
    assert.equal(table.length, ids.length);
    assert.deepEqual(
      table.filter((entry) => entry === ''),
      [],
    );
  }
  const counter = tables.kk[ids.indexOf('checker.counter')];
  assert.deepEqual(counter, { strings: ['', '-сұрақ, барлығы ', ''], values: [0, 1] });
});

const breakages = {
  'a missing target': [
    (x) => x.replace(/<target>Бұлардың ешқайсысы<\/target>/, ''),
    /a\.categories\.none: no <target>/,
  ],
  'an empty target': [
    (x) => x.replace(/<target>Бұлардың ешқайсысы<\/target>/, '<target> </target>'),
    /a\.categories\.none: the <target> is empty/,
  ],
  'malformed XML': [
    (x) => x.replace('<target>Бұлардың ешқайсысы</target>', '<target>Бұлардың ешқайсысы'),
    /XML (warning|error)|unexpected <trans-unit>/,
  ],
  'markup in a target': [
    (x) => x.replace('<target>Бұлардың ешқайсысы</target>', '<target>Бұлардың <b>ешқайсысы</b></target>'),
    /unexpected <b>/,
  ],
  'a placeholder the source does not have': [
    (x) => x.replace(/(<target><x id=")0(" equiv-text="\$\{index\}"\/>-сұрақ)/, '$17$2'),
    /checker\.counter: the target's placeholder <x id="7"> is not in the source/,
  ],
  'an html placeholder': [
    (x) => x.replace(/(<target><x id="0" equiv-text=")\$\{index\}("\/>-сұрақ)/, '$1&lt;b&gt;$2'),
    /not one \$\{expression\}/,
  ],
  'an id in one locale only': [
    (x) => x.replace('<trans-unit id="a.categories.none">', '<trans-unit id="a.categories.nothing">'),
    /ru\.xlf: a\.categories\.nothing: missing|kk\.xlf: a\.categories\.none: missing/,
  ],
  'an id that is not kebab-case': [
    (x) => x.replace('<trans-unit id="a.payments.never">', '<trans-unit id="a.payments.neverPaid">'),
    /a\.payments\.neverPaid: an id is dotted kebab-case/,
  ],
  'the same id twice': [
    (x) => x.replace('<trans-unit id="a.payments.never">', '<trans-unit id="a.categories.none">'),
    /appears twice/,
  ],
};
for (const [name, [edit, expected]] of Object.entries(breakages)) {
  test(`refuses ${name}`, () => {
    const problems = problemsOf(brokenCopy(edit));
    assert.ok(
      problems.some((p) => expected.test(p)),
      `expected ${expected} among:\n${problems.join('\n')}`,
    );
  });
}

test('the build fails on a broken XLIFF entry, naming it', async () => {
  const dir = brokenCopy((x) => x.replace(/<target>Бұлардың ешқайсысы<\/target>/, ''));
  try {
    await assert.rejects(
      build({
        configFile: false,
        logLevel: 'silent',
        plugins: [shortMessageIds({ xliffDir: dir })],
        build: { write: false, lib: { entry: 'src/index.ts', formats: ['es'] } },
      }),
      /a\.categories\.none: no <target>/,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('finds msg() ids however they are written, and calls without a literal id', () => {
  const code = [
    "msg('a', { id: 'one' });",
    'msg("b", { id: "two" });',
    'msg(`c`, { id: `three` });',
    "msg(str`d ${x}`, {\n  id:\n    'four',\n});",
    "msg(html`<b>e</b>`, { id: 'five' });",
    "msg('f', { id: someVariable });",
    "msg('g');",
    "notMsg('h', { id: 'six' });",
  ].join('\n');
  const calls = msgCalls(code, 'x.ts');
  assert.deepEqual(
    calls.map((c) => c.id),
    ['one', 'two', 'three', 'four', 'five', undefined, undefined],
  );
  assert.equal(code.slice(calls[3].start, calls[3].end), "'four'");
});

test('a table module keeps any character, and str messages as lit-localize makes them', async () => {
  const tricky = ['a~b|c', 'line\nbreak', 'back`tick ${not} \\ "quote"', 'Ελληνικά ✓ 😀', ''];
  const code = tableModule([...tricky, { strings: ['', ' of ', ''], values: [1, 0] }]);
  const { templates } = await import(`data:text/javascript,${encodeURIComponent(code)}`);
  assert.deepEqual(templates, [...tricky, { strTag: true, strings: ['', ' of ', ''], values: [1, 0] }]);
});
