// Print emulation needs the Chrome DevTools Protocol, which Firefox does not offer to
// the test runner: this file runs in Chromium only (see web-test-runner.config.mjs).
import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../define.js';
import type { CoverageChecker } from '../coverage-checker.js';
import { complete, shadow } from '../../../test/support/drive.js';
import { UNINSURED_PATH } from '../../../test/support/checker-driver.mjs';

const PATH = UNINSURED_PATH;

function visible(element: Element): boolean {
  return element.getClientRects().length > 0 && getComputedStyle(element).visibility !== 'hidden';
}

describe('<coverage-checker> print', () => {
  afterEach(async () => {
    fixtureCleanup();
    await emulateMedia({ media: 'screen' });
  });

  it('prints the answers and the result, with every list open and no controls', async () => {
    const el = await fixture<CoverageChecker>(html`<coverage-checker rules-date="2026-06-01"></coverage-checker>`);
    await complete(el, PATH);
    window.dispatchEvent(new Event('beforeprint'));
    await el.updateComplete;
    await emulateMedia({ media: 'print' });
    for (const button of shadow(el).querySelectorAll('button')) expect(visible(button), button.textContent!).to.equal(false);
    expect(visible(shadow(el).querySelector('[part~="status"]')!)).to.equal(true);
    expect(visible(shadow(el).querySelector('.your-answers .review')!)).to.equal(true);
    for (const details of shadow(el).querySelectorAll('details')) expect(details.open).to.equal(true);
    window.dispatchEvent(new Event('afterprint'));
    await el.updateComplete;
    expect([...shadow(el).querySelectorAll('details')].every((d) => !d.open)).to.equal(true);
  });

});
