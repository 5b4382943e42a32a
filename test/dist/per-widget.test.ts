import { expect } from '@open-wc/testing';
import { hostPage, renderedAndStyled, TAGS, type HostPage } from './host-page.js';
import { shadowText } from '../support/helpers.js';

type Widget = HTMLElement & { updateComplete: Promise<unknown> };
const WIDGETS = ['service-list', 'exemption-list'] as const;

/** Waits for a page's widgets and what they render in idle time. */
async function settled(page: HostPage, tags: readonly string[]): Promise<void> {
  const win = page.frame.contentWindow as Window;
  for (let i = 0; i < 2; i++) {
    await Promise.all(tags.map((tag) => page.doc.querySelector<Widget>(tag)!.updateComplete));
    await new Promise((resolve) =>
      typeof win.requestIdleCallback === 'function'
        ? win.requestIdleCallback(resolve, { timeout: 2000 })
        : setTimeout(resolve, 200),
    );
  }
}

const text = (page: HostPage, tag: string) => shadowText(page.doc.querySelector(tag)!);

describe('the per-widget drop-ins', () => {
  let pages: HostPage[] = [];
  afterEach(() => {
    pages.forEach((p) => p.frame.remove());
    pages = [];
  });
  const open = async (query: Parameters<typeof hostPage>[0]) => {
    const page = await hostPage(query);
    pages.push(page);
    return page;
  };

  for (const tag of WIDGETS) {
    it(`${tag}.js under the strict CSP with Trusted Types: its element only, rendered and styled, no violation`, async () => {
      const page = await open({ load: tag });
      expect(page.recorded.errors).to.deep.equal([]);
      expect(renderedAndStyled(page.doc, tag)).to.equal(true);
      const win = page.frame.contentWindow as Window;
      expect(TAGS.filter((t) => win.customElements.get(t))).to.deep.equal([tag]);
      expect(page.recorded.violations).to.deep.equal([]);
    });

    it(`${tag}.js shows what the full drop-in shows`, async () => {
      const [one, all] = [await open({ load: tag }), await open({ load: 'es' })];
      await Promise.all([settled(one, [tag]), settled(all, TAGS)]);
      expect(text(one, tag)).to.have.length.above(200);
      expect(text(one, tag)).to.equal(text(all, tag));
    });

    for (const load of [`es,${tag}`, `${tag},es`]) {
      it(`${tag}.js beside the full drop-in (${load.replace(',', ' then ')}): each element defined once, all render, nothing throws, no violation with 'allow-duplicates'`, async () => {
        const page = await open({ load, tt: "osms-widgets 'allow-duplicates'" });
        expect(page.recorded.errors).to.deep.equal([]);
        for (const t of TAGS) expect(renderedAndStyled(page.doc, t), t).to.equal(true);
        expect(page.recorded.violations).to.deep.equal([]);
      });
    }

    it(`${tag}.js after the full drop-in under the least policy: nothing throws, all render`, async () => {
      const page = await open({ load: `es,${tag}` });
      expect(page.recorded.errors).to.deep.equal([]);
      for (const t of TAGS) expect(renderedAndStyled(page.doc, t), t).to.equal(true);
    });

    for (const locale of ['kk', 'ru', 'en'] as const) {
      it(`${tag}.${locale}.js speaks ${locale} on a page in another language, as the full drop-in does in ${locale}`, async () => {
        const one = await open({ load: `${tag}.${locale}` });
        const all = await open({ load: 'osms-widgets' });
        await (all.frame.contentWindow as Window & { OsmsWidgets: { setLocale(l: string): Promise<void> } }).OsmsWidgets.setLocale(
          locale,
        );
        await Promise.all([settled(one, [tag]), settled(all, TAGS)]);
        expect(one.recorded.errors).to.deep.equal([]);
        expect(one.doc.querySelector(tag)!.shadowRoot!.querySelector('.root')!.getAttribute('lang')).to.equal(locale);
        expect(text(one, tag)).to.equal(text(all, tag));
      });
    }
  }
});
