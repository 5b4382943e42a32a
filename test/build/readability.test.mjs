// Service descriptions read easily: in English at most grade 8 on the Flesch-Kincaid scale
// and at most 20 words a sentence; in Kazakh and Russian at most 20 words a sentence (no
// grade formula is calibrated for them). Read from the XLIFF files: the English source and
// the Kazakh and Russian targets of every `svc.*.text` and `gap.*` message.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fleschKincaid } from 'flesch-kincaid';
import { syllable } from 'syllable';
import { readXliff } from '../../scripts/xliff.mjs';

const MAX_GRADE = 8;
const MAX_WORDS = 20;
const DESCRIPTION = /^(svc\..+\.text|gap\..+)$/;

/** Sentences end at . ! or ? followed by a space and a capital letter or a digit. */
export const sentences = (text) => text.split(/(?<=[.!?])\s+(?=[\p{Lu}\p{N}«“"])/u).filter((s) => s.trim());
export const words = (text) => text.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu) ?? [];

/** The Flesch-Kincaid grade of an English text. */
export function grade(text) {
  const all = sentences(text);
  const ws = all.flatMap(words);
  return fleschKincaid({ sentence: all.length, word: ws.length, syllable: ws.reduce((n, w) => n + syllable(w), 0) });
}

const units = (locale) => readXliff(`xliff/${locale}.xlf`).units.filter((u) => DESCRIPTION.test(u.id));

test('the measures tell an easy text from a hard one', () => {
  assert.ok(grade('You see a doctor. The doctor helps you. You go home.') < 3);
  assert.ok(
    grade(
      'Specialised consultative and diagnostic assistance encompasses the prevention, diagnosis and treatment of socially significant diseases under dynamic observation.',
    ) > MAX_GRADE,
  );
  assert.deepEqual(sentences('From 1 January 2027 the list names it. Ask 1406. It is «free».').length, 3);
  assert.equal(words('Жарна айына 4 250 ₸: жалақының ең төмен мөлшерінің 5%-ы.').length, 10);
});

test(`every English service description is at most grade ${MAX_GRADE}, with sentences of at most ${MAX_WORDS} words`, () => {
  const english = units('kk').map((u) => ({ id: u.id, text: u.source }));
  assert.ok(english.length > 25, `${english.length} descriptions`);
  const hard = english
    .map(({ id, text }) => ({
      id,
      grade: grade(text),
      longest: Math.max(...sentences(text).map((s) => words(s).length)),
    }))
    .filter((d) => d.grade > MAX_GRADE || d.longest > MAX_WORDS)
    .map((d) => `${d.id}: grade ${d.grade.toFixed(1)}, longest sentence ${d.longest} words`);
  assert.deepEqual(hard, []);
});

for (const locale of ['kk', 'ru']) {
  test(`every ${locale} service description has sentences of at most ${MAX_WORDS} words`, () => {
    const long = units(locale)
      .flatMap((u) => sentences(u.target ?? '').map((s) => ({ id: u.id, n: words(s).length, s })))
      .filter((x) => x.n > MAX_WORDS)
      .map((x) => `${x.id}: ${x.n} words: ${x.s}`);
    assert.deepEqual(long, []);
  });
}
