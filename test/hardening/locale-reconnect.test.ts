import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import '../../src/index.js';
import { setLocale } from '../../src/internal/locale.js';
import { shadowText } from '../support/helpers.js';

type Widget = HTMLElement & { updateComplete: Promise<unknown> };

describe('a widget detached while the language changes (tab panels, keep-alive views)', () => {
  afterEach(async () => {
    fixtureCleanup();
    await setLocale(null);
  });

  it('comes back in the page’s current language', async () => {
    await setLocale('en');
    const panel = await fixture(html`<div>
      <service-list package="gobmp"></service-list>
      <coverage-checker rules-date="2026-06-01"></coverage-checker>
      <exemption-list></exemption-list>
    </div>`);
    const widgets = [...panel.children] as Widget[];
    await Promise.all(widgets.map((w) => w.updateComplete));
    expect(shadowText(widgets[1])).to.contain('Check your health cover');
    // The host hides the panel by taking it out of the page, switches language, shows it again.
    const stash = document.createDocumentFragment();
    stash.append(...widgets);
    await setLocale('kk');
    panel.append(...widgets);
    await Promise.all(widgets.map((w) => w.updateComplete));
    expect(shadowText(widgets[1])).to.contain('Медициналық көмекке құқығыңызды тексеріңіз');
    for (const widget of widgets)
      expect(widget.shadowRoot!.querySelector('.root')!.getAttribute('lang'), widget.localName).to.equal('kk');
  });
});
