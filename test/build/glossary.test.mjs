// The Kazakh and Russian translations keep to docs/glossary.md: no variant the glossary
// rejects, and the listed abbreviations spelled out before they are used. A planted
// variant shows the check can fail.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readXliff } from '../../scripts/xliff.mjs';
import { glossaryViolations, patternRegExp, readGlossary } from '../../scripts/glossary.mjs';

const glossary = readGlossary();
const units = (locale) => readXliff(`xliff/${locale}.xlf`).units.map(({ id, target }) => ({ id, target }));

/** A copy of `locale`'s units with `id`'s target replaced by `text`. */
function planted(locale, id, text) {
  const copy = units(locale);
  const unit = copy.find((u) => u.id === id);
  assert.ok(unit, `${id} is in xliff/${locale}.xlf`);
  unit.target = text;
  return copy;
}

test('the glossary has at least 30 terms, each with its Kazakh and Russian form and where officials use it', () => {
  assert.ok(glossary.terms.length >= 30, `${glossary.terms.length} terms`);
  for (const term of glossary.terms) {
    for (const field of ['en', 'kk', 'ru', 'source']) assert.ok(term[field], `term ${term.number} has ${field}`);
  }
  assert.ok(glossary.terms.some((t) => t.rejected.kk.length) && glossary.terms.some((t) => t.rejected.ru.length));
});

test('no rejected pattern rejects the form its own term keeps', () => {
  for (const term of glossary.terms) {
    for (const locale of ['kk', 'ru']) {
      for (const pattern of term.rejected[locale]) {
        assert.equal(
          patternRegExp(pattern).test(term[locale]),
          false,
          `term ${term.number}: \`${pattern}\` matches «${term[locale]}»`,
        );
      }
    }
  }
});

for (const locale of ['kk', 'ru']) {
  test(`every ${locale} translation keeps to the glossary`, () => {
    const problems = glossaryViolations(glossary, locale, units(locale));
    assert.deepEqual(
      problems.map((p) => `${p.id}: ${p.problem}`),
      [],
    );
  });
}

test('a planted rejected variant fails the check, in Kazakh and in Russian', () => {
  const kk = glossaryViolations(
    glossary,
    'kk',
    planted('kk', 'amount.state', 'Мемлекет ең төменгі жалақының 2% төлейді.'),
  );
  assert.deepEqual(
    kk.map((p) => p.id),
    ['amount.state'],
  );
  assert.match(kk[0].problem, /ең төменгі жалақының/);
  const ru = glossaryViolations(
    glossary,
    'ru',
    planted('ru', 'cond.no-contributions-2-months', 'За последние 2 месяца за вас не платились социальные взносы'),
  );
  assert.deepEqual(
    ru.map((p) => p.id),
    ['cond.no-contributions-2-months'],
  );
});

test('a rejected variant is found at the start of a word and with any ending, not inside another word', () => {
  assert.equal(patternRegExp('ең төменгі жалақы*').test('Ең төменгі  жалақыдан'), true);
  assert.equal(patternRegExp('инвалид').test('инвалидностью'), false);
  assert.equal(patternRegExp('инвалид').test('инвалид.'), true);
  assert.equal(patternRegExp('топтама*').test('жиынтоптамада'), false);
});

test('an abbreviation used before it is spelled out fails the check; spelled out first, it passes', () => {
  const bare = glossaryViolations(glossary, 'ru', planted('ru', 'step.pay-as-ie', 'Платите взносы как ИП'));
  assert.deepEqual(
    bare.map((p) => p.id),
    ['step.pay-as-ie'],
  );
  const late = glossaryViolations(
    glossary,
    'kk',
    planted('kk', 'step.pay-as-ie', 'ЖК ретінде, яғни жеке кәсіпкер ретінде төлеңіз'),
  );
  assert.deepEqual(
    late.map((p) => p.id),
    ['step.pay-as-ie'],
  );
  const spelled = glossaryViolations(
    glossary,
    'ru',
    planted('ru', 'step.pay-as-ie', 'Платите взносы как индивидуальный предприниматель (ИП)'),
  );
  assert.deepEqual(spelled, []);
});
