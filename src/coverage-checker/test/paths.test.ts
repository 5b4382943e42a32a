import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import '../define.js';
import type { CoverageChecker } from '../coverage-checker.js';
import { setLocale } from '../../internal/locale.js';
import { statusTitle } from '../../content/outcomes.js';
import { complete, shadow, type Path } from '../../../test/support/drive.js';
import { STATUS_ORDER, type Status } from '../../core/index.js';

interface Case {
  name: string;
  date: string;
  path: Path;
  status: Status;
  packages: string[];
  locales?: ('kk' | 'ru' | 'en')[];
}

const CASES: Case[] = [
  { name: 'a pensioner', date: '2026-06-01', path: [['residency', 'citizen'], ['categories', 'pensioner']], status: 'insured-state', packages: ['gobmp', 'osms'], locales: ['kk', 'ru', 'en'] },
  { name: 'a registered unemployed person (local budget from 2026)', date: '2026-06-01', path: [['residency', 'citizen'], ['categories', 'unemployed-registered'], ['work', 'none']], status: 'insured-state', packages: ['gobmp', 'osms'] },
  { name: 'a kandas without work', date: '2025-06-01', path: [['residency', 'kandas'], ['categories', 'kandas-nonworking'], ['work', 'none']], status: 'insured-state', packages: ['gobmp', 'osms'] },
  { name: 'an employee', date: '2026-06-01', path: [['residency', 'citizen'], ['categories', 'none'], ['work', 'employee']], status: 'check-employer', packages: ['gobmp', 'osms'], locales: ['kk', 'ru', 'en'] },
  { name: 'an EAEU worker employed here', date: '2026-06-01', path: [['residency', 'eaeu-worker'], ['work', 'employee']], status: 'check-employer', packages: ['osms'] },
  { name: 'an entrepreneur who pays', date: '2026-06-01', path: [['residency', 'citizen'], ['categories', 'none'], ['work', 'self-employed'], ['payments', 'current']], status: 'insured-contributions', packages: ['gobmp', 'osms'], locales: ['kk', 'ru', 'en'] },
  { name: 'a permit holder on a civil-law contract', date: '2025-06-01', path: [['residency', 'permit'], ['categories', 'none'], ['work', 'gph']], status: 'insured-contributions', packages: ['gobmp', 'osms'] },
  { name: 'a self-payer who stopped 5 months ago after 60 paid months (2026)', date: '2026-06-01', path: [['residency', 'citizen'], ['categories', 'none'], ['work', 'none'], ['payments', 'stopped-4-6'], ['paid-60-months', 'yes']], status: 'insured-contributions', packages: ['gobmp', 'osms'] },
  { name: 'a self-payer who stopped 5 months ago (2025)', date: '2025-06-01', path: [['residency', 'citizen'], ['categories', 'none'], ['work', 'none'], ['payments', 'stopped-4-6']], status: 'not-insured', packages: ['gobmp'] },
  { name: 'a person with no work who never paid', date: '2026-06-01', path: [['residency', 'citizen'], ['categories', 'none'], ['work', 'none'], ['payments', 'never']], status: 'not-insured', packages: ['gobmp'], locales: ['kk', 'ru', 'en'] },
  { name: 'a refugee', date: '2026-06-01', path: [['residency', 'refugee']], status: 'not-insured', packages: ['gobmp'] },
  { name: 'a citizen in 2019, before OSMS', date: '2019-06-01', path: [['residency', 'citizen']], status: 'not-insured', packages: ['gobmp'] },
  { name: 'a foreign tourist', date: '2026-06-01', path: [['residency', 'visitor']], status: 'emergency-only', packages: [], locales: ['kk', 'ru', 'en'] },
  { name: 'an EAEU worker with no work who never paid', date: '2026-06-01', path: [['residency', 'eaeu-worker'], ['work', 'none'], ['payments', 'never']], status: 'emergency-only', packages: [] },
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
        expect(badge.textContent).to.contain(statusTitle(c.status));
        expect(shadow(el).querySelector('.root')!.getAttribute('lang')).to.equal(locale);
        // The result lists a package for each one that applies.
        expect(shadow(el).querySelectorAll('details.package')).to.have.length(c.packages.length);
      });
    }
  }

  it('walks to every status the engine knows', () => {
    expect([...new Set(CASES.map((c) => c.status))].sort()).to.deep.equal([...STATUS_ORDER].sort());
  });
});
