import '../../index.js';
import { expect, fixture, fixtureCleanup } from '@open-wc/testing';
import { idleRendered, shadowText } from '../../../test/support/helpers.js';
import { setLocale } from '../locale.js';
import { FIRST_ITEMS } from '../later-bodies.js';
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
