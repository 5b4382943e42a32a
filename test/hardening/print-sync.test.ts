import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import '../../src/index.js';
import type { CoverageChecker } from '../../src/coverage-checker/coverage-checker.js';
import { complete, shadow } from '../support/drive.js';

const PATH: [string, ...string[]][] = [
  ['residency', 'citizen'],
  ['categories', 'none'],
  ['work', 'looking-for-work'],
  ['last-paid', 'never'],
];

describe('<coverage-checker> before printing', () => {
  afterEach(() => fixtureCleanup());

  it('opens every list while the beforeprint event is dispatched, not later (Firefox prints a copy made right after)', async () => {
    const el = await fixture<CoverageChecker>(html`<coverage-checker rules-date="2026-06-01"></coverage-checker>`);
    await complete(el, PATH);
    const lists = [...shadow(el).querySelectorAll('details')];
    expect(lists.length).to.be.greaterThan(0);
    window.dispatchEvent(new Event('beforeprint'));
    // No await: what the print copy would see.
    expect(lists.map((d) => d.open)).to.deep.equal(lists.map(() => true));
    window.dispatchEvent(new Event('afterprint'));
    await el.updateComplete;
    expect(lists.some((d) => d.open)).to.equal(false);
  });
});
