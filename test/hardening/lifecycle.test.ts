import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import '../../src/index.js';
import type { CoverageChecker } from '../../src/coverage-checker/coverage-checker.js';
import { setLocale } from '../../src/internal/locale.js';
import { answer } from '../support/drive.js';
import { UNINSURED_PATH } from '../support/checker-driver.mjs';
import { idleRendered, shadowText } from '../support/helpers.js';
import { servicesOn, today } from '../../src/core/index.js';

describe('the widgets in a changing page', () => {
  before(() => setLocale('en'));
  after(() => setLocale(null));
  afterEach(() => fixtureCleanup());

  it('keeps its place when removed and added again mid-flow, and when moved', async () => {
    const wrapper = await fixture(
      html`<div><section id="a"><coverage-checker rules-date="2026-06-01"></coverage-checker></section><section id="b"></section></div>`,
    );
    const el = wrapper.querySelector('coverage-checker')!;
    await el.updateComplete;
    await answer(el, 'residency', 'citizen');
    el.remove();
    wrapper.querySelector('#a')!.append(el);
    await el.updateComplete;
    expect(el.answers).to.deep.equal({ residency: 'citizen' });
    await answer(el, 'categories', 'none');
    wrapper.querySelector('#b')!.append(el);
    await el.updateComplete;
    await answer(el, 'work', 'employee');
    await answer(el, 'last-paid', 'dont-know');
    expect(el.shadowRoot!.querySelectorAll('.review-row')).to.have.length(4);
    expect(el.shadowRoot!.querySelector('.root')!.getAttribute('lang')).to.equal('en');
  });

  it('stays consistent after 50 rapid clicks on Continue', async () => {
    const el = await fixture<CoverageChecker>(html`<coverage-checker rules-date="2026-06-01"></coverage-checker>`);
    el.shadowRoot!.querySelector<HTMLInputElement>('input[value="citizen"]')!.click();
    const submit = el.shadowRoot!.querySelector<HTMLButtonElement>('button[type="submit"]')!;
    for (let i = 0; i < 50; i++) submit.click();
    await el.updateComplete;
    for (let i = 0; i < 50; i++) el.shadowRoot!.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    await el.updateComplete;
    // One answer taken; the next question waits for its own answer, with the error shown.
    expect(el.answers).to.deep.equal({ residency: 'citizen' });
    expect(el.shadowRoot!.querySelector('input[name="categories"]')).to.exist;
    expect(el.shadowRoot!.querySelector('.error-summary')).to.exist;
  });

  it('works when created with document.createElement and with innerHTML', async () => {
    const created = document.createElement('service-list');
    created.setAttribute('package', 'osms');
    const host = await fixture(html`<div></div>`);
    host.append(created);
    await idleRendered(created);
    expect(created.shadowRoot!.querySelectorAll('details').length).to.equal(servicesOn(today(), 'osms').length);

    const container = await fixture(html`<div></div>`);
    // A CMS pastes markup as a string.
    container.innerHTML =
      '<exemption-list rules-date="2020-06-01"></exemption-list><coverage-checker></coverage-checker>';
    const list = container.querySelector('exemption-list')!;
    await idleRendered(list);
    expect(list.shadowRoot!.querySelectorAll('details').length).to.equal(16);
    const checker = container.querySelector('coverage-checker')!;
    await checker.updateComplete;
    expect(shadowText(checker)).to.contain('Check your health cover');
  });

  it('never drops focus to <body> during a whole path', async () => {
    const el = await fixture<CoverageChecker>(html`<coverage-checker rules-date="2026-06-01"></coverage-checker>`);
    const lost: string[] = [];
    const watch = () => {
      if (document.activeElement === document.body)
        lost.push(el.shadowRoot!.querySelector('#step-heading')?.textContent ?? '');
    };
    el.shadowRoot!.querySelector<HTMLInputElement>('input')!.focus();
    for (const [question, value] of UNINSURED_PATH) {
      await answer(el, question, value);
      watch();
      (el.shadowRoot!.querySelector('input') ?? el.shadowRoot!.querySelector('button'))?.focus();
    }
    el.shadowRoot!.querySelector<HTMLButtonElement>('button.primary')!.click();
    await el.whenSettled();
    watch();
    // Start again, then its confirmation.
    el.shadowRoot!.querySelector<HTMLButtonElement>('.actions button.restart')!.click();
    await el.whenSettled();
    watch();
    el.shadowRoot!.querySelector<HTMLButtonElement>('.confirm-restart button.primary')!.click();
    await el.whenSettled();
    watch();
    expect(lost).to.deep.equal([]);
    expect(el.shadowRoot!.activeElement).to.equal(el.shadowRoot!.querySelector('#step-heading'));
  });
});
