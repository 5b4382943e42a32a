// Forced colours and the page viewport need the Chrome DevTools Protocol: Chromium only.
import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import { emulateMedia, executeServerCommand, setViewport } from '@web/test-runner-commands';
import '../../src/index.js';

type Widget = HTMLElement & { updateComplete: Promise<unknown> };

describe('emulated conditions (Chromium)', () => {
  afterEach(async () => {
    fixtureCleanup();
    await executeServerCommand('emulate-forced-colors', { active: false });
    await emulateMedia({ colorScheme: 'light' });
    await setViewport({ width: 800, height: 600 });
  });

  it('a 320 px wide page never scrolls sideways, whatever the widgets show', async () => {
    await setViewport({ width: 320, height: 640 });
    const wrapper = await fixture(html`<div>
      <coverage-checker></coverage-checker>
      <service-list view="compare" searchable></service-list>
      <service-list></service-list>
      <exemption-list searchable checker-href="#check"></exemption-list>
    </div>`);
    for (const el of wrapper.children) {
      await (el as Widget).updateComplete;
      for (const d of el.shadowRoot!.querySelectorAll('details')) d.open = true;
    }
    expect(document.documentElement.scrollWidth).to.be.at.most(320);
  });

  it('in forced colours, controls keep visible borders and the widgets stay accessible', async () => {
    await executeServerCommand('emulate-forced-colors', { active: true });
    expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
    const wrapper = await fixture(html`<div>
      <coverage-checker></coverage-checker><service-list searchable></service-list><exemption-list></exemption-list>
    </div>`);
    for (const el of wrapper.children) {
      await (el as Widget).updateComplete;
      for (const control of el.shadowRoot!.querySelectorAll<HTMLElement>('button:not(.link), input[type="search"]')) {
        const style = getComputedStyle(control);
        expect(style.borderTopStyle, control.outerHTML.slice(0, 50)).not.to.equal('none');
        expect(parseFloat(style.borderTopWidth)).to.be.at.least(1);
      }
      await expect(el).to.be.accessible();
    }
  });

  it('follows a dark colour scheme declared by the page', async () => {
    await emulateMedia({ colorScheme: 'dark' });
    const el = await fixture<Widget>(html`<div style="color-scheme: light dark"><service-list></service-list></div>`);
    const list = el.querySelector('service-list')!;
    await (list as unknown as Widget).updateComplete;
    const background = getComputedStyle(list.shadowRoot!.querySelector('.root')!).backgroundColor;
    const [r, g, b] = background.match(/\d+/g)!.map(Number);
    expect(r + g + b, background).to.be.below(200);
    await expect(list).to.be.accessible();
  });
});
