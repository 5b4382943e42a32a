// The widgets' sizes come from the reader's default text size, not from the host page's
// root font size (Bootstrap 3 and "62.5 %" resets set `html { font-size: 10px }`).
import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import '../../src/index.js';
import { setLocale } from '../../src/internal/locale.js';

type Widget = HTMLElement & { updateComplete: Promise<unknown>; whenSettled(): Promise<void> };

/** The reader's default text size: what `font-size: medium` is in this browser. */
function defaultTextSize(): number {
  const probe = document.createElement('div');
  probe.style.fontSize = 'medium';
  document.body.append(probe);
  const size = parseFloat(getComputedStyle(probe).fontSize);
  probe.remove();
  return size;
}

/** Sizes a reader sees: the text, the Continue button, a radio button, a list's summary. */
async function measure(): Promise<Record<string, number>> {
  const wrapper = await fixture<HTMLElement>(html`<div>
    <coverage-checker rules-date="2026-06-01"></coverage-checker>
    <service-list rules-date="2026-06-01"></service-list>
  </div>`);
  const [checker, list] = [...wrapper.children] as Widget[];
  await Promise.all([checker.whenSettled(), list.whenSettled()]);
  const inChecker = (selector: string) => checker.shadowRoot!.querySelector(selector)!.getBoundingClientRect();
  const sizes = {
    text: parseFloat(getComputedStyle(checker.shadowRoot!.querySelector('label')!).fontSize),
    listText: parseFloat(getComputedStyle(list.shadowRoot!.querySelector('summary')!).fontSize),
    continueHeight: inChecker('button[type="submit"]').height,
    radio: inChecker('input[type="radio"]').width,
    counter: parseFloat(getComputedStyle(checker.shadowRoot!.querySelector('.counter')!).fontSize),
    summaryHeight: list.shadowRoot!.querySelector('summary')!.getBoundingClientRect().height,
  };
  fixtureCleanup();
  return sizes;
}

describe('sizes independent of the host page’s root font size', () => {
  before(() => setLocale('en'));
  after(() => setLocale(null));
  afterEach(() => {
    document.documentElement.style.fontSize = '';
    fixtureCleanup();
  });

  it('html { font-size: 10px } or 20px leaves every size as on a page that sets none', async () => {
    const medium = defaultTextSize();
    const plain = await measure();
    expect(plain.text).to.equal(medium);
    expect(plain.counter, 'the question counter at the text size').to.equal(medium);
    expect(plain.continueHeight, 'a 44 px target').to.be.at.least(44);
    expect(plain.radio).to.equal(1.5 * medium);
    for (const root of ['10px', '62.5%', '20px']) {
      document.documentElement.style.fontSize = root;
      expect(await measure(), `html { font-size: ${root} }`).to.deep.equal(plain);
    }
  });

  it('follows zoom: every size scales as the page’s own 44 px box does at 200 %', async () => {
    // Against a box of the page: engines report zoomed boxes in zoomed (Chromium, Firefox)
    // or unzoomed (WebKit) pixels, but always the same way for the page and the widget.
    const box = document.body.appendChild(document.createElement('div'));
    box.style.height = '44px';
    const plain = await measure();
    const plainBox = box.getBoundingClientRect().height;
    document.documentElement.style.fontSize = '10px';
    document.body.style.zoom = '2';
    try {
      const zoomed = await measure();
      const scale = box.getBoundingClientRect().height / plainBox;
      expect(zoomed.continueHeight).to.be.closeTo(scale * plain.continueHeight, 1);
      expect(zoomed.radio).to.be.closeTo(scale * plain.radio, 1);
    } finally {
      document.body.style.zoom = '';
      box.remove();
    }
  });

  it('a page may still set the widgets’ size through --osms-font-size', async () => {
    document.documentElement.style.fontSize = '10px';
    document.body.style.setProperty('--osms-font-size', '20px');
    try {
      const sizes = await measure();
      expect(sizes.text).to.equal(20);
      expect(sizes.counter).to.equal(20);
      expect(sizes.radio).to.equal(30);
    } finally {
      document.body.style.removeProperty('--osms-font-size');
    }
  });
});
