// Widgets moved into another document (a same-origin iframe's), and pages that keep them
// inside their own shadow roots.
import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import '../../src/index.js';
import type { CoverageChecker } from '../../src/coverage-checker/coverage-checker.js';
import { getLocale, setLocale } from '../../src/internal/locale.js';
import { answer } from '../support/drive.js';

type Widget = HTMLElement & { updateComplete: Promise<unknown>; whenSettled(): Promise<void> };

const TAGS = ['coverage-checker', 'service-list', 'exemption-list'] as const;

/** A same-origin iframe's document. */
async function frameDocument(lang = 'en'): Promise<Document> {
  const frame = document.createElement('iframe');
  frame.srcdoc = `<!doctype html><html lang="${lang}"><body></body></html>`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  return frame.contentDocument!;
}

/** Resolves after the page locale has had time to switch and the widget has drawn again. */
async function redrawn(el: Widget): Promise<void> {
  for (let i = 0; i < 5; i++) {
    await new Promise((resolve) => setTimeout(resolve));
    await el.updateComplete;
  }
}

/** What the widgets' own styles decide, read in the document the widget is in. */
function styled(el: Widget) {
  const view = el.ownerDocument.defaultView!;
  const button = el.shadowRoot!.querySelector('button, summary')!;
  return {
    display: view.getComputedStyle(el).display,
    minHeight: parseFloat(view.getComputedStyle(button).minHeight) || button.getBoundingClientRect().height,
  };
}

describe('a widget moved into an iframe’s document', () => {
  beforeEach(() => setLocale('en'));
  afterEach(async () => {
    fixtureCleanup();
    document.querySelectorAll('iframe').forEach((frame) => frame.remove());
    await setLocale(null);
  });

  for (const tag of TAGS) {
    it(`<${tag}> keeps its styles there, and again when moved back`, async () => {
      const home = await fixture<HTMLElement>(html`<div></div>`);
      const el = document.createElement(tag) as Widget;
      el.setAttribute('rules-date', '2026-06-01');
      home.append(el);
      await el.whenSettled();
      const before = styled(el);
      expect(before.display).to.equal('block');
      expect(before.minHeight, 'targets of at least 24 px').to.be.at.least(24);

      const doc = await frameDocument();
      doc.body.append(doc.adoptNode(el));
      await el.whenSettled();
      expect(styled(el), 'in the iframe').to.deep.equal(before);

      home.append(el);
      await el.whenSettled();
      expect(styled(el), 'back home').to.deep.equal(before);
    });
  }

  it('a check goes on there, and printing there prints the whole result', async () => {
    const el = await fixture<CoverageChecker>(html`<coverage-checker rules-date="2026-06-01"></coverage-checker>`);
    await answer(el, 'residency', 'citizen');
    const doc = await frameDocument();
    doc.body.append(doc.adoptNode(el));
    await el.updateComplete;
    await answer(el, 'categories', 'pensioner');
    el.shadowRoot!.querySelector<HTMLButtonElement>('button.primary')!.click();
    await el.updateComplete;
    doc.defaultView!.dispatchEvent(new Event('beforeprint'));
    const details = [...el.shadowRoot!.querySelectorAll('details')];
    expect(el.shadowRoot!.querySelector('.reasons'), 'the whole result at once').to.exist;
    expect(details.length).to.be.greaterThan(0);
    expect(details.every((d) => d.open)).to.equal(true);
    doc.defaultView!.dispatchEvent(new Event('afterprint'));
    expect(details.some((d) => d.open)).to.equal(false);
  });
});

describe('the page language read through shadow roots and iframes', () => {
  beforeEach(() => setLocale(null));
  afterEach(async () => {
    fixtureCleanup();
    document.querySelectorAll('iframe').forEach((frame) => frame.remove());
    await setLocale(null);
  });

  it('follows a lang change on a container inside a shadow root', async () => {
    const host = await fixture<HTMLElement>(html`<div></div>`);
    const root = host.attachShadow({ mode: 'open' });
    root.innerHTML = '<section lang="ru"><service-list></service-list></section>';
    const el = root.querySelector<Widget>('service-list')!;
    await redrawn(el);
    expect(getLocale()).to.equal('ru');
    root.querySelector('section')!.setAttribute('lang', 'kk');
    await redrawn(el);
    expect(getLocale()).to.equal('kk');
    expect(el.shadowRoot!.querySelector('.root')!.getAttribute('lang')).to.equal('kk');
  });

  it('follows the lang of the iframe document it was moved into', async () => {
    const el = await fixture<Widget>(html`<exemption-list></exemption-list>`);
    const doc = await frameDocument('kk');
    doc.body.append(doc.adoptNode(el));
    await redrawn(el);
    expect(getLocale()).to.equal('kk');
    doc.documentElement.setAttribute('lang', 'ru');
    await redrawn(el);
    expect(getLocale()).to.equal('ru');
  });
});
