import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import '../define.js';
import type { CoverageChecker } from '../coverage-checker.js';
import { setLocale } from '../../internal/locale.js';
import { graceTitle, nextStepTitle, statusTitle } from '../../content/outcomes.js';
import { formatDay } from '../../internal/format.js';
import { complete, shadow, type Path } from '../../../test/support/drive.js';
import type { Status } from '../../core/index.js';

interface Case {
  name: string;
  date: string;
  path: Path;
  status: Status;
  packages: string[];
  locales?: ('kk' | 'ru' | 'en')[];
}

const CASES: Case[] = [
  {
    name: 'a pensioner',
    date: '2026-06-01',
    path: [
      ['residency', 'citizen'],
      ['categories', 'pensioner'],
    ],
    status: 'insured-state',
    packages: ['gobmp', 'osms'],
    locales: ['kk', 'ru', 'en'],
  },
  {
    name: 'a registered unemployed person (local budget from 2026)',
    date: '2026-06-01',
    path: [
      ['residency', 'citizen'],
      ['categories', 'unemployed-registered'],
    ],
    status: 'insured-state',
    packages: ['gobmp', 'osms'],
  },
  {
    name: 'a kandas without work',
    date: '2025-06-01',
    path: [
      ['residency', 'kandas'],
      ['categories', 'kandas-nonworking'],
    ],
    status: 'insured-state',
    packages: ['gobmp', 'osms'],
  },
  {
    name: 'an employee',
    date: '2026-06-01',
    path: [
      ['residency', 'citizen'],
      ['categories', 'none'],
      ['work', 'employee'],
      ['last-paid', 'dont-know'],
    ],
    status: 'check-employer',
    packages: ['gobmp', 'osms'],
    locales: ['kk', 'ru', 'en'],
  },
  {
    name: 'an EAEU worker employed here',
    date: '2026-06-01',
    path: [
      ['residency', 'eaeu-worker'],
      ['work', 'employee'],
      ['last-paid', 'dont-know'],
    ],
    status: 'check-employer',
    packages: ['osms'],
  },
  {
    name: 'an entrepreneur who pays',
    date: '2026-06-01',
    path: [
      ['residency', 'citizen'],
      ['categories', 'none'],
      ['work', 'self-employed'],
      ['last-paid', 'up-to-date'],
    ],
    status: 'insured-contributions',
    packages: ['gobmp', 'osms'],
    locales: ['kk', 'ru', 'en'],
  },
  {
    name: 'a permit holder on a civil-law contract',
    date: '2025-06-01',
    path: [
      ['residency', 'permit'],
      ['categories', 'none'],
      ['work', 'gph'],
      ['last-paid', 'dont-know'],
    ],
    status: 'check-payer',
    packages: ['gobmp', 'osms'],
    locales: ['kk', 'ru', 'en'],
  },
  {
    name: 'a courier on a platform (2026)',
    date: '2026-06-01',
    path: [
      ['residency', 'citizen'],
      ['categories', 'none'],
      ['work', 'platform'],
      ['last-paid', 'dont-know'],
    ],
    status: 'check-payer',
    packages: ['gobmp', 'osms'],
  },
  {
    name: 'a person dismissed two months ago (2026)',
    date: '2026-11-26',
    path: [
      ['residency', 'citizen'],
      ['categories', 'none'],
      ['work', 'looking-for-work'],
      ['last-paid', 'month-2'],
      ['paid-60-months', 'no'],
    ],
    status: 'insured-grace',
    packages: ['gobmp', 'osms'],
    locales: ['kk', 'ru', 'en'],
  },
  {
    name: 'a person dismissed two months ago (2025)',
    date: '2025-06-01',
    path: [
      ['residency', 'citizen'],
      ['categories', 'none'],
      ['work', 'looking-for-work'],
      ['last-paid', 'month-2'],
    ],
    status: 'insured-grace',
    packages: ['gobmp', 'osms'],
  },
  {
    name: 'a self-payer who stopped 5 months ago after 60 paid months (2026)',
    date: '2026-06-01',
    path: [
      ['residency', 'citizen'],
      ['categories', 'none'],
      ['work', 'looking-for-work'],
      ['last-paid', 'month-5'],
      ['paid-60-months', 'yes'],
    ],
    status: 'insured-grace',
    packages: ['gobmp', 'osms'],
  },
  {
    name: 'a self-payer who stopped 5 months ago (2025)',
    date: '2025-06-01',
    path: [
      ['residency', 'citizen'],
      ['categories', 'none'],
      ['work', 'looking-for-work'],
      ['last-paid', 'month-5'],
    ],
    status: 'not-insured',
    packages: ['gobmp'],
  },
  {
    name: 'a person with no work who never paid',
    date: '2026-06-01',
    path: [
      ['residency', 'citizen'],
      ['categories', 'none'],
      ['work', 'looking-for-work'],
      ['last-paid', 'never'],
    ],
    status: 'not-insured',
    packages: ['gobmp'],
    locales: ['kk', 'ru', 'en'],
  },
  {
    name: 'a non-working person at the crisis welfare level (2026)',
    date: '2026-06-01',
    path: [
      ['residency', 'citizen'],
      ['categories', 'crisis-welfare-level'],
    ],
    status: 'insured-state',
    packages: ['gobmp', 'osms'],
    locales: ['kk', 'ru', 'en'],
  },
  {
    name: 'a refugee',
    date: '2026-06-01',
    path: [['residency', 'refugee']],
    status: 'not-insured',
    packages: ['gobmp'],
  },
  {
    name: 'a citizen in 2019, before OSMS',
    date: '2019-06-01',
    path: [['residency', 'citizen']],
    status: 'not-insured',
    packages: ['gobmp'],
  },
  {
    name: 'a tourist from a CIS country',
    date: '2026-06-01',
    path: [
      ['residency', 'visitor'],
      ['visitor-country', 'cis'],
      ['stay-purpose', 'visit'],
    ],
    status: 'emergency-only',
    packages: [],
    locales: ['kk', 'ru', 'en'],
  },
  {
    name: 'a tourist from another country',
    date: '2026-06-01',
    path: [
      ['residency', 'visitor'],
      ['visitor-country', 'other'],
      ['stay-purpose', 'visit'],
    ],
    status: 'paid-care',
    packages: [],
    locales: ['kk', 'ru', 'en'],
  },
  {
    name: 'an EAEU worker with no work who never paid',
    date: '2026-06-01',
    path: [
      ['residency', 'eaeu-worker'],
      ['work', 'looking-for-work'],
      ['last-paid', 'never'],
    ],
    status: 'emergency-only',
    packages: [],
    locales: ['kk', 'ru', 'en'],
  },
];

describe('<coverage-checker> paths to every status', () => {
  afterEach(async () => {
    fixtureCleanup();
    await setLocale(null);
  });

  for (const c of CASES) {
    for (const locale of c.locales ?? ['en']) {
      it(`${c.name} → ${c.status} (${locale})`, async () => {
        await setLocale(locale);
        const el = await fixture<CoverageChecker>(html`<coverage-checker rules-date=${c.date}></coverage-checker>`);
        const detail = await complete(el, c.path);
        expect(detail.status).to.equal(c.status);
        expect(detail.packages).to.deep.equal(c.packages);
        expect(detail.rulesDate).to.equal(c.date);
        expect(Object.keys(detail.answers)).to.deep.equal(c.path.map(([q]) => q));
        const badge = shadow(el).querySelector('[part~="status"]')!;
        const title = detail.coveredUntil ? graceTitle(formatDay(detail.coveredUntil)) : statusTitle(c.status);
        expect(badge.textContent).to.contain(title);
        expect(shadow(el).querySelector('.root')!.getAttribute('lang')).to.equal(locale);
        // The result lists a package for each one that applies.
        expect(shadow(el).querySelectorAll('details.package')).to.have.length(c.packages.length);
      });
    }
  }

  async function resultFor(date: string, path: Path, locale: 'kk' | 'ru' | 'en') {
    await setLocale(locale);
    const el = await fixture<CoverageChecker>(html`<coverage-checker rules-date=${date}></coverage-checker>`);
    const detail = await complete(el, path);
    return { el, detail, text: shadow(el).querySelector('.result')!.textContent!.replace(/\s+/g, ' ') };
  }

  const dismissed: Path = [
    ['residency', 'citizen'],
    ['categories', 'none'],
    ['work', 'looking-for-work'],
    ['last-paid', 'month-2'],
    ['paid-60-months', 'no'],
  ];
  const numbers = {
    en: ['4,250', '8,500', 'December 31, 2026', 'January 1, 2027'],
    ru: ['4 250', '8 500', '31 декабря 2026 г.', '1 января 2027 г.'],
    kk: ['4 250', '8 500', '2026 ж. 31 желтоқсан', '2027 ж. 1 қаңтар'],
  };
  for (const locale of ['kk', 'ru', 'en'] as const) {
    it(`names the amounts and the end of cover in the reader's language (${locale})`, async () => {
      const { el, detail, text } = await resultFor('2026-11-26', dismissed, locale);
      expect(detail.coveredUntil).to.equal('2026-12-31');
      expect(detail.amounts.map((a) => [a.id, a.total])).to.deep.equal([
        ['monthly', 4250],
        ['keep-cover', 8500],
      ]);
      expect(detail.changes[0]).to.deep.include({ date: '2027-01-01', kind: 'status', to: 'not-insured' });
      // Intl groups thousands with a (narrow) no-break space in kk and ru.
      const plain = text.replace(/[\u00a0\u202f]/g, ' ');
      for (const expected of numbers[locale]) expect(plain, expected).to.contain(expected);
      expect(shadow(el).querySelector('.changes')).to.exist;
    });
  }

  it('shows the month itself as the answer about the last paid month', async () => {
    await setLocale('ru');
    const el = await fixture<CoverageChecker>(html`<coverage-checker rules-date="2026-11-26"></coverage-checker>`);
    for (const [question, value] of [
      ['residency', 'citizen'],
      ['categories', 'none'],
      ['work', 'looking-for-work'],
    ] as const) {
      shadow(el).querySelector<HTMLInputElement>(`input[name="${question}"][value="${value}"]`)!.click();
      shadow(el).querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
      await el.updateComplete;
    }
    const label = (value: string) => shadow(el).querySelector(`label[for="last-paid-${value}"]`)!.textContent!.trim();
    expect(label('month-1')).to.equal('октябрь 2026 г.');
    expect(label('month-6')).to.equal('май 2026 г.');
    expect(label('over-6-months')).to.equal('апрель 2026 г. или раньше');
  });

  it('lists the conditions of a welfare-level status', async () => {
    const { el, detail } = await resultFor(
      '2026-06-01',
      [
        ['residency', 'citizen'],
        ['categories', 'crisis-welfare-level'],
      ],
      'en',
    );
    expect(detail.conditions).to.deep.equal([
      'while-not-working',
      'attached-to-polyclinic',
      'charged-when-seeking-care',
    ]);
    expect(shadow(el).querySelectorAll('.conditions li')).to.have.length(3);
  });

  it('marks a status decided by an unconfirmed fact next to it, and only then', async () => {
    const unsure = await resultFor(
      '2026-06-01',
      [
        ['residency', 'citizen'],
        ['categories', 'social-assistance'],
      ],
      'en',
    );
    expect(unsure.detail.unconfirmedBy).to.include('category:social-assistance');
    expect(shadow(unsure.el).querySelector('[part~="status"] + .unconfirmed')).to.exist;
    fixtureCleanup();
    const sure = await resultFor(
      '2026-06-01',
      [
        ['residency', 'citizen'],
        ['categories', 'none'],
        ['work', 'employee'],
        ['last-paid', 'dont-know'],
      ],
      'en',
    );
    expect(sure.detail.unconfirmedBy).to.deep.equal([]);
    expect(shadow(sure.el).querySelector('[part~="status"] + .unconfirmed')).to.equal(null);
  });

  it('tells refugees nothing about joining, and the uninsured why it pays', async () => {
    const refugee = await resultFor('2026-06-01', [['residency', 'refugee']], 'en');
    expect(refugee.text).not.to.contain('Why it pays to be insured');
    fixtureCleanup();
    const uninsured = await resultFor(
      '2026-06-01',
      [
        ['residency', 'citizen'],
        ['categories', 'none'],
        ['work', 'looking-for-work'],
        ['last-paid', 'never'],
      ],
      'en',
    );
    expect(uninsured.text).to.contain('Why it pays to be insured');
  });

  it('promises no free emergency care to a tourist from outside the CIS', async () => {
    const { text } = await resultFor(
      '2026-06-01',
      [
        ['residency', 'visitor'],
        ['visitor-country', 'other'],
        ['stay-purpose', 'visit'],
      ],
      'en',
    );
    expect(text).not.to.contain('Emergency care is given to everyone');
    expect(text).to.contain(nextStepTitle('travel-insurance'));
  });
});
