import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/index.js';
import { setLocale } from '../../src/internal/locale.js';

const HOSTILE = `
  * { all: unset !important; }
  button { display: none !important; }
  body { font-size: 8px; line-height: 0.8; }
  [hidden] { display: block !important; }
  coverage-checker, service-list, exemption-list { font-size: 6px; color: white; display: none; }
`;

type Widget = HTMLElement & { updateComplete: Promise<unknown> };

describe('a hostile host stylesheet', () => {
  let style: HTMLStyleElement;
  before(async () => {
    await setLocale('en');
    style = document.createElement('style');
    style.textContent = HOSTILE;
    document.head.append(style);
  });
  after(async () => {
    style.remove();
    await setLocale(null);
  });
  afterEach(() => fixtureCleanup());

  it('leaves the widgets visible, readable and block-level', async () => {
    const wrapper = await fixture(
      html`<div><coverage-checker></coverage-checker><service-list></service-list><exemption-list></exemption-list></div>`,
    );
    for (const el of wrapper.children) {
      await (el as Widget).updateComplete;
      const style = getComputedStyle(el);
      expect(style.display, el.tagName).to.equal('block');
      expect(parseFloat(style.fontSize), el.tagName).to.be.at.least(12);
      expect(parseFloat(style.lineHeight), el.tagName).to.be.at.least(parseFloat(style.fontSize));
      expect(el.getBoundingClientRect().height, el.tagName).to.be.above(50);
    }
  });

  it('still lets a keyboard user complete the check', async () => {
    const el = await fixture<Widget>(html`<coverage-checker rules-date="2026-06-01"></coverage-checker>`);
    const root = el.shadowRoot!;
    const submit = root.querySelector('button[type="submit"]')!;
    expect(submit.getClientRects().length, 'the Continue button is shown').to.be.above(0);
    // Visitor from a CIS country on a visit: three questions, then the review, then the result.
    for (const value of ['visitor', 'cis', 'visit']) {
      root.querySelector<HTMLInputElement>(`input[value="${value}"]`)!.focus();
      await sendKeys({ press: ' ' });
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
    }
    const confirm = root.querySelector<HTMLButtonElement>('button.primary')!;
    confirm.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(root.querySelector('[part~="status"]')!.textContent).to.contain('emergency');
  });
});
