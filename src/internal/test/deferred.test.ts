import '../../index.js';
import { expect, fixture, fixtureCleanup } from '@open-wc/testing';
import { idleRendered, shadowText } from '../../../test/support/helpers.js';
import { setLocale } from '../locale.js';
import { FIRST_ITEMS } from '../deferred.js';
import { serviceExplanation } from '../../content/services.js';
import { categoryWho } from '../../content/categories.js';

type Widget = HTMLElement & { updateComplete: Promise<unknown> };

const details = (el: Element) => [...el.shadowRoot!.querySelectorAll('details')];
const withBody = (el: Element) => details(el).filter((d) => d.querySelector('.body'));

// What a reader looks for with find-in-page: a sentence that only a closed item's body holds.
const LISTS = [
  ['service-list', () => serviceExplanation('osms-dental-care')],
  ['exemption-list', () => categoryWho('pensioner')],
] as const;

describe('list bodies rendered after the first paint', () => {
  beforeEach(() => setLocale('en'));
  afterEach(async () => {
    fixtureCleanup();
    await setLocale(null);
  });

  for (const [tag, target] of LISTS) {
    describe(`<${tag}>`, () => {
      it('paints the summaries of the first items first, then every item and body in idle time, where find-in-page finds them', async () => {
        const el = await fixture<Widget>(`<${tag} rules-date="2026-06-01"></${tag}>`);
        expect(details(el).length, 'the first items only').to.equal(FIRST_ITEMS);
        expect(withBody(el), 'no body at the first paint').to.have.length(0);
        expect(shadowText(el)).not.to.contain(target());
        await idleRendered(el);
        expect(details(el).length, 'every item').to.be.greaterThan(FIRST_ITEMS);
        expect(withBody(el)).to.have.length(details(el).length);
        expect(shadowText(el)).to.contain(target());
      });

      it('renders the bodies at once when an item is opened before then', async () => {
        const el = await fixture<Widget>(`<${tag} rules-date="2026-06-01"></${tag}>`);
        const first = details(el)[0];
        first.querySelector('summary')!.click();
        await el.updateComplete;
        expect(first.open).to.equal(true);
        expect(first.querySelector('.body'), 'the opened item has its body').to.exist;
      });

      it('prints everything: every item open with its body, closed again after printing', async () => {
        const el = await fixture<Widget>(`<${tag} rules-date="2026-06-01"></${tag}>`);
        const [mine] = details(el);
        mine.open = true;
        window.dispatchEvent(new Event('beforeprint'));
        // At once: the page is printed as it stands when the event returns.
        expect(
          details(el).every((d) => d.open && d.querySelector('.body')),
          'all open, with bodies',
        ).to.equal(true);
        expect(shadowText(el)).to.contain(target());
        window.dispatchEvent(new Event('afterprint'));
        expect(details(el).map((d) => d.open)).to.deep.equal(details(el).map((d) => d === mine));
      });

      it('is accessible once the bodies are in, with every item open', async () => {
        const el = await fixture<Widget>(`<${tag} rules-date="2026-06-01"></${tag}>`);
        await idleRendered(el);
        for (const d of details(el)) d.open = true;
        await expect(el).to.be.accessible();
      });
    });
  }
});

/** One idle period of the page (the moment the lists' deferred work used to wait for). */
const idle = () =>
  new Promise((resolve) =>
    typeof requestIdleCallback === 'function'
      ? requestIdleCallback(resolve, { timeout: 2000 })
      : setTimeout(resolve, 100),
  );

/** A same-origin iframe's document, ready to take a widget. */
async function frameDocument(): Promise<Document> {
  const frame = document.createElement('iframe');
  frame.srcdoc = '<!doctype html><html lang="en"><body></body></html>';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  return frame.contentDocument!;
}

describe('a list moved at each moment of its life stays whole', () => {
  beforeEach(() => setLocale('en'));
  afterEach(async () => {
    fixtureCleanup();
    document.querySelectorAll('iframe').forEach((frame) => frame.remove());
    await setLocale(null);
  });

  const whole = (el: Element) => {
    expect(details(el).length, 'every item').to.be.greaterThan(FIRST_ITEMS);
    expect(withBody(el), 'every body').to.have.length(details(el).length);
  };

  for (const [tag] of LISTS) {
    describe(`<${tag}>`, () => {
      const make = () => {
        const el = document.createElement(tag) as Widget;
        el.setAttribute('rules-date', '2026-06-01');
        return el;
      };
      const place = () => fixture<HTMLElement>('<div><section id="a"></section><section id="b"></section></div>');

      it('moved before its first paint', async () => {
        const wrapper = await place();
        const el = make();
        wrapper.querySelector('#a')!.append(el);
        wrapper.querySelector('#b')!.append(el);
        await idleRendered(el);
        whole(el);
      });

      it('moved after its first paint, before its idle time (remove, then append)', async () => {
        const wrapper = await place();
        const el = make();
        wrapper.querySelector('#a')!.append(el);
        await el.updateComplete;
        expect(details(el).length).to.equal(FIRST_ITEMS);
        el.remove();
        wrapper.querySelector('#b')!.append(el);
        await idleRendered(el);
        whole(el);
      });

      it('removed across an idle period, then added again (a tab switch that keeps it alive)', async () => {
        const wrapper = await place();
        const el = make();
        wrapper.querySelector('#a')!.append(el);
        await el.updateComplete;
        el.remove();
        await idle();
        expect(details(el).length, 'a detached list does no work').to.equal(FIRST_ITEMS);
        wrapper.querySelector('#b')!.append(el);
        await idleRendered(el);
        whole(el);
      });

      it('moved after its idle time', async () => {
        const wrapper = await place();
        const el = make();
        wrapper.querySelector('#a')!.append(el);
        await idleRendered(el);
        wrapper.querySelector('#b')!.append(el);
        await el.updateComplete;
        whole(el);
      });

      it("moved into an iframe's document after its first paint, before its idle time", async () => {
        const wrapper = await place();
        const el = make();
        wrapper.querySelector('#a')!.append(el);
        await el.updateComplete;
        const doc = await frameDocument();
        doc.body.append(doc.adoptNode(el));
        await idleRendered(el);
        whole(el);
        expect(shadowText(el)).to.contain(LISTS.find(([t]) => t === tag)![1]());
      });

      it('whenSettled() resolves once every item and body is in, also after a move', async () => {
        const wrapper = await place();
        const el = make() as Widget & { whenSettled(): Promise<void> };
        wrapper.querySelector('#a')!.append(el);
        await el.updateComplete;
        expect(details(el).length, 'updateComplete: the first paint').to.equal(FIRST_ITEMS);
        wrapper.querySelector('#b')!.append(el);
        await el.whenSettled();
        whole(el);
      });
    });
  }
});
