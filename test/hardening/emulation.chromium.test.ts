// Forced colours and the page viewport need the Chrome DevTools Protocol: Chromium only.
import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import { emulateMedia, executeServerCommand, setViewport } from '@web/test-runner-commands';
import '../../src/index.js';
import { frameChecker, widgetFrame } from './frame.js';

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

  /** Sets the reader's default text size and waits until the page has taken it up. */
  async function defaultTextSize(px: number): Promise<void> {
    await executeServerCommand('set-default-font-size', { px });
    const probe = document.body.appendChild(document.createElement('div'));
    probe.style.fontSize = 'medium';
    for (let i = 0; i < 100 && getComputedStyle(probe).fontSize !== `${px}px`; i++)
      await new Promise((resolve) => setTimeout(resolve, 20));
    probe.remove();
  }

  it("follows the reader's default text size, not the page's root font size", async () => {
    // In a new page each time (a frame with html { font-size: 10px }), as after the
    // reader changes the setting: Chromium keeps the styles it already worked out.
    const sizes = async () => {
      const frame = await widgetFrame({
        head: '<style>html { font-size: 10px }</style>',
        body: '<coverage-checker rules-date="2026-06-01"></coverage-checker>',
      });
      const root = frameChecker(frame).shadowRoot!;
      const result = {
        text: parseFloat(getComputedStyle(root.querySelector('label')!).fontSize),
        continue: root.querySelector('button[type="submit"]')!.getBoundingClientRect().height,
      };
      frame.remove();
      return result;
    };
    try {
      await defaultTextSize(16);
      const usual = await sizes();
      expect(usual.text).to.equal(16);
      await defaultTextSize(24);
      const larger = await sizes();
      expect(larger.text).to.equal(24);
      expect(larger.continue).to.be.closeTo(usual.continue * 1.5, 1);
    } finally {
      await defaultTextSize(16);
    }
  });
});
