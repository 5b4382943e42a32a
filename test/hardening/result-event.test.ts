import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import '../../src/index.js';
import type { CoverageChecker, CoverageResultDetail } from '../../src/coverage-checker/coverage-checker.js';
import { setLocale } from '../../src/internal/locale.js';
import { complete, shadow } from '../support/drive.js';

const PATH: [string, ...string[]][] = [
  ['residency', 'citizen'],
  ['categories', 'none'],
  ['work', 'self-employed'],
  ['last-paid', 'up-to-date'],
];

function shown(el: CoverageChecker): { packages: number; reasons: number } {
  return {
    packages: shadow(el).querySelectorAll('details.package').length,
    reasons: shadow(el).querySelectorAll('.reasons li').length,
  };
}

describe('a host listener of coverage-result', () => {
  before(() => setLocale('en'));
  after(() => setLocale(null));
  afterEach(() => fixtureCleanup());

  it('cannot empty or change the widget’s own result through the event’s detail', async () => {
    const el = await fixture<CoverageChecker>(html`<coverage-checker rules-date="2026-06-01"></coverage-checker>`);
    const details: CoverageResultDetail[] = [];
    el.addEventListener('coverage-result', (event) => {
      details.push(event.detail);
      // A careless (or hostile) host script.
      event.detail.packages.length = 0;
      event.detail.reasons.splice(0);
      (event.detail.answers as Record<string, unknown>).residency = 'visitor';
    });
    await complete(el, PATH);
    const before = shown(el);
    expect(before.packages).to.be.greaterThan(1);
    expect(before.reasons).to.be.greaterThan(0);
    // Any later render (a language switch here) draws the result again from the widget's own data.
    await setLocale('ru');
    await el.updateComplete;
    await setLocale('en');
    await el.updateComplete;
    expect(shown(el)).to.deep.equal(before);
    expect(el.answers.residency).to.equal('citizen');
  });
});
