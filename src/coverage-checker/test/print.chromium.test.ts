// Print emulation needs the Chrome DevTools Protocol, which Firefox does not offer to
// the test runner: this file runs in Chromium only (see web-test-runner.config.mjs).
import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../define.js';
import type { CoverageChecker } from '../coverage-checker.js';
import { complete, shadow } from '../../../test/support/drive.js';
import { INSURED_PATH } from '../../../test/support/checker-driver.mjs';

const PATH = INSURED_PATH;

function visible(element: Element): boolean {
  return element.getClientRects().length > 0 && getComputedStyle(element).visibility !== 'hidden';
}

describe('<coverage-checker> print', () => {
  afterEach(async () => {
    fixtureCleanup();
    await emulateMedia({ media: 'screen' });
  });

  it('prints the answers and the result, with every list open and no controls; then closes only what it opened', async () => {
    const el = await fixture<CoverageChecker>(html`<coverage-checker rules-date="2026-06-01"></coverage-checker>`);
    await complete(el, PATH);
    // The person opened the first list before printing.
    const all = [...shadow(el).querySelectorAll('details')];
    expect(all.length).to.be.above(1);
    all[0].open = true;
    window.dispatchEvent(new Event('beforeprint'));
    await el.updateComplete;
    await emulateMedia({ media: 'print' });
    for (const button of shadow(el).querySelectorAll('button'))
      expect(visible(button), button.textContent!).to.equal(false);
    expect(visible(shadow(el).querySelector('[part~="status"]')!)).to.equal(true);
    expect(visible(shadow(el).querySelector('.your-answers .review')!)).to.equal(true);
    for (const details of shadow(el).querySelectorAll('details')) expect(details.open).to.equal(true);
    window.dispatchEvent(new Event('afterprint'));
    await el.updateComplete;
    expect([...shadow(el).querySelectorAll('details')].map((d) => d.open)).to.deep.equal(all.map((_, i) => i === 0));
  });
});
