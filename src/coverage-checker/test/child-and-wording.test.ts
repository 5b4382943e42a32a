// The result as it addresses the reader: about the child when the check is for a child,
// with the right count of questions, each "Not yet confirmed" saying what it is about,
// and the reasons quoted as the reader's own answers.
import '../define.js';
import { expect, fixture, fixtureCleanup } from '@open-wc/testing';
import { setLocale } from '../../internal/locale.js';
import type { CoverageChecker } from '../coverage-checker.js';
import { answer, button, complete, shadow } from '../../../test/support/drive.js';
import { GRACE_PATH } from '../../../test/support/checker-driver.mjs';

const checker = async (date = '2026-06-01') => {
  const el = await fixture<CoverageChecker>(`<coverage-checker rules-date="${date}"></coverage-checker>`);
  await el.whenSettled();
  return el;
};
const texts = (el: CoverageChecker, selector: string) =>
  [...shadow(el).querySelectorAll(selector)].map((n) => n.textContent!.replace(/\s+/g, ' ').trim());
const counter = (el: CoverageChecker) => texts(el, '[part~="counter"]')[0];

/** Checks for a child: the offer on the first question, then `path`. */
async function forChild(el: CoverageChecker, path: [string, string][]): Promise<void> {
  button(el, 'Answer for a child').click();
  await el.whenSettled();
  await complete(el, path);
  await el.whenSettled();
}

describe('<coverage-checker>: the child, the count, the marks and the reasons', () => {
  afterEach(async () => {
    fixtureCleanup();
    await setLocale(null);
  });

  it("counts the child's questions right: never the groups or work a child is not asked, nor two that exclude each other", async () => {
    await setLocale('en');
    const el = await checker();
    button(el, 'Answer for a child').click();
    await el.whenSettled();
    // The longest path for a child: whom for (answered by the offer), the child's status,
    // country, purpose (family, in an EAEU country), last paid month, months missed.
    expect(counter(el)).to.equal('Question 2 of up to 6');
    await answer(el, 'residency', 'visitor');
    expect(counter(el)).to.equal('Question 3 of up to 6');
    await answer(el, 'visitor-country', 'other');
    expect(counter(el), 'a visitor from elsewhere: the purpose is the last question').to.equal('Question 4 of 4');
    for (let i = 0; i < 2; i++) {
      button(el, /Back/).click();
      await el.whenSettled();
    }
    await answer(el, 'residency', 'citizen');
    expect(shadow(el).querySelector('.review'), 'a citizen child: one question, then the review').to.exist;
  });

  for (const [date, path] of [
    ['2026-06-01', [['residency', 'citizen']]],
    [
      '2026-06-01',
      [
        ['residency', 'visitor'],
        ['visitor-country', 'other'],
        ['stay-purpose', 'family'],
      ],
    ],
    ['2026-12-15', [['residency', 'citizen']]],
  ] as [string, [string, string][]][]) {
    it(`a child's result (${path.map((p) => p[1]).join(', ')}, ${date}) speaks of the child, not of "you", where it means the child`, async () => {
      await setLocale('en');
      const el = await checker(date);
      await forChild(el, path);
      const result = shadow(el).querySelector('.result')!;
      const headings = texts(el, '.result h3, .result h4').filter((h) => !/^(Your result|Because you said)/.test(h));
      for (const heading of headings) expect(heading, 'a heading').not.to.match(/\byou\b|\byour\b/i);
      const about = [
        ...texts(el, '.changes li'),
        ...texts(el, '.result .hint'),
        ...[...result.querySelectorAll('.primary-action, .steps li, .if-box')].map((n) => n.textContent!),
      ].join(' ');
      for (const phrase of [
        'your free care',
        'The care you get',
        'What changes for you',
        'polyclinic you are attached to',
        'Ask at your polyclinic',
        'about your status',
        'paid for you',
      ])
        expect(about, phrase).not.to.contain(phrase);
    });
  }

  for (const locale of ['en', 'ru', 'kk'] as const) {
    it(`${locale}: each "Not yet confirmed" says what it is about`, async () => {
      await setLocale(locale);
      const el = await checker('2026-12-15');
      await complete(el, GRACE_PATH);
      await el.whenSettled();
      const marks = texts(el, 'details.unconfirmed > summary');
      expect(marks.length, 'several marks').to.be.greaterThan(2);
      const short = { en: 'Not yet confirmed', ru: 'Ещё не подтверждено', kk: 'Әлі расталмаған' }[locale];
      for (const mark of marks) expect(mark.startsWith(`${short}: `), mark).to.equal(true);
      expect(new Set(marks).size, 'no two alike').to.equal(marks.length);
    });

    it(`${locale}: the reasons are quoted as the reader's own answers, under a heading that speaks to them`, async () => {
      await setLocale(locale);
      const el = await checker();
      await complete(el, [
        ['residency', 'citizen'],
        ['categories', 'pensioner'],
      ]);
      await el.whenSettled();
      const [open, close] = locale === 'en' ? ['“', '”'] : ['«', '»'];
      const reasons = texts(el, '.reasons li');
      expect(reasons.length).to.be.greaterThan(0);
      for (const reason of reasons) expect(reason.startsWith(open) && reason.endsWith(close), reason).to.equal(true);
    });
  }
});
