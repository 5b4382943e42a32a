// "Today" is the date in Kazakhstan; a page left open across midnight takes up the new
// day's rules at the next interaction with a widget, or when the page is shown again.
import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import '../../src/index.js';
import type { CoverageChecker } from '../../src/coverage-checker/coverage-checker.js';
import { setLocale } from '../../src/internal/locale.js';
import { resetClock, setClock } from '../support/clock.js';
import { shadowText } from '../support/helpers.js';

type Widget = HTMLElement & { updateComplete: Promise<unknown> };

const asOf = (el: Element) => el.shadowRoot!.querySelector('.meta')!.textContent!.replace(/\s+/g, ' ');

/** The page is hidden and shown again (another tab, a phone woken up). */
function shownAgain(doc: Document = document): void {
  doc.dispatchEvent(new Event('visibilitychange'));
}

describe('today in Kazakhstan, and a page open across midnight', () => {
  before(() => setLocale('en'));
  after(() => setLocale(null));
  afterEach(() => {
    resetClock();
    fixtureCleanup();
  });

  it("shows Kazakhstan's day, not the device's: 19:30 UTC on 31 December is 1 January there", async () => {
    setClock('2026-12-31T19:30:00Z');
    const el = await fixture<Widget>(html`<exemption-list></exemption-list>`);
    expect(asOf(el)).to.contain('January 1, 2027');
  });

  it('a device already in the new year (UTC+14) still shows the old day until midnight in Kazakhstan', async () => {
    setClock('2027-01-01T00:30:00+14:00');
    const el = await fixture<Widget>(html`<exemption-list></exemption-list>`);
    expect(asOf(el)).to.contain('December 31, 2026');
  });

  it('moves a list to the new day when the page is shown again, not before', async () => {
    setClock('2026-12-31T18:30:00Z');
    const el = await fixture<Widget>(html`<exemption-list></exemption-list>`);
    expect(asOf(el)).to.contain('December 31, 2026');
    setClock('2026-12-31T19:05:00Z');
    await new Promise((resolve) => setTimeout(resolve, 20));
    await el.updateComplete;
    expect(asOf(el), 'nothing changes under the reader').to.contain('December 31, 2026');
    shownAgain();
    await el.updateComplete;
    expect(asOf(el)).to.contain('January 1, 2027');
  });

  it('moves a list to the new day at the next interaction with it', async () => {
    setClock('2026-12-31T18:30:00Z');
    const el = await fixture<Widget>(html`<service-list searchable></service-list>`);
    const before = shadowText(el);
    setClock('2026-12-31T19:05:00Z');
    el.shadowRoot!.querySelector('input')!.dispatchEvent(new FocusEvent('focusin', { bubbles: true, composed: true }));
    await el.updateComplete;
    // The 2027 list differs from the 2026 one (services restated from 1 January 2027).
    expect(shadowText(el)).not.to.equal(before);
    expect(shadowText(el)).not.to.contain('January 1, 2027');
  });

  it('past the data horizon, the next day shows the stale notice and fires osms-rules-stale', async () => {
    setClock('2027-12-31T12:00:00Z');
    const el = await fixture<Widget>(html`<service-list></service-list>`);
    expect(el.shadowRoot!.querySelector('.notice')).to.equal(null);
    const fired: string[] = [];
    el.addEventListener('osms-rules-stale', (event) => fired.push(event.detail.rulesDate));
    setClock('2027-12-31T19:30:00Z');
    shownAgain();
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('.notice')).to.exist;
    expect(fired).to.deep.equal(['2028-01-01']);
  });

  it('a widget with a rules-date keeps it across midnight', async () => {
    setClock('2026-12-31T18:30:00Z');
    const el = await fixture<Widget>(html`<exemption-list rules-date="2026-06-01"></exemption-list>`);
    setClock('2026-12-31T19:30:00Z');
    shownAgain();
    await el.updateComplete;
    expect(asOf(el)).to.contain('June 1, 2026');
  });

  it('the checker keeps its day in the middle of a check, and Start again takes the new one', async () => {
    setClock('2026-12-31T18:30:00Z');
    const el = await fixture<CoverageChecker>(html`<coverage-checker></coverage-checker>`);
    const results: string[] = [];
    el.addEventListener('coverage-result', (event) => results.push(event.detail.rulesDate));
    const root = el.shadowRoot!;
    const choose = async (value: string) => {
      root.querySelector<HTMLInputElement>(`input[value="${value}"]`)!.click();
      root.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
      await el.updateComplete;
    };
    await choose('citizen');
    setClock('2026-12-31T19:30:00Z');
    shownAgain();
    await choose('pensioner');
    root.querySelector<HTMLButtonElement>('button.primary')!.click();
    await el.whenSettled();
    expect(results, 'the check started on 31 December').to.deep.equal(['2026-12-31']);
    expect(shadowText(el)).to.contain('Rules as of December 31, 2026');
    root.querySelector<HTMLButtonElement>('button.restart')!.click();
    await el.whenSettled();
    root.querySelector<HTMLButtonElement>('.confirm-restart button.primary')!.click();
    await el.whenSettled();
    await choose('citizen');
    await choose('pensioner');
    root.querySelector<HTMLButtonElement>('button.primary')!.click();
    await el.updateComplete;
    expect(results).to.deep.equal(['2026-12-31', '2027-01-01']);
  });
});
