/**
 * What every widget must do, whatever it shows: one suite, run by each element's tests.
 */
import { expect, fixture, fixtureCleanup } from '@open-wc/testing';
import { setLocale } from '../../src/internal/locale.js';
import { collectWarnings, settled } from './helpers.js';

type Widget = HTMLElement & { updateComplete: Promise<unknown>; requestUpdate(): void; headingLevel: unknown; rulesDate: unknown };

export function commonSuite(tag: string, titles: { en: string; kk: string; ru: string }): void {

  describe(`<${tag}>: what every widget does`, () => {
    const warnings = collectWarnings();
    afterEach(async () => {
      fixtureCleanup();
      await setLocale(null);
    });

    for (const locale of ['kk', 'ru', 'en'] as const) {
      it(`renders its heading in ${locale}`, async () => {
        await setLocale(locale);
        const el = await fixture<Widget>(`<${tag}></${tag}>`);
        const heading = el.shadowRoot!.querySelector('h2')!;
        expect(heading.textContent!.trim()).to.equal(titles[locale]);
        expect(el.shadowRoot!.querySelector('.root')!.getAttribute('lang')).to.equal(locale);
      });
    }

    it('puts its top heading at heading-level', async () => {
      const el = await fixture<Widget>(`<${tag} heading-level="4"></${tag}>`);
      expect(el.shadowRoot!.querySelector('h4[part~="heading"]')).to.exist;
      expect(el.shadowRoot!.querySelector('h2')).to.equal(null);
      el.setAttribute('heading-level', '1');
      await settled(el);
      expect(el.shadowRoot!.querySelector('h1')).to.exist;
    });

    for (const bad of ['0', '7', 'two', '2.5', '-1']) {
      it(`falls back to level 2 with one warning for heading-level="${bad}"`, async () => {
        const el = await fixture<Widget>(`<${tag} heading-level="${bad}"></${tag}>`);
        el.requestUpdate();
        await settled(el);
        expect(el.shadowRoot!.querySelector('h2')).to.exist;
        expect(warnings.list.filter((w) => w.includes(`heading-level="${bad}"`))).to.have.length(1);
        expect(el.headingLevel, 'the property tells the level in use').to.equal(2);
      });
    }

    it('reads back the heading level and rules date in use', async () => {
      const el = await fixture<Widget>(`<${tag} heading-level="3" rules-date=" 2026-03-01 "></${tag}>`);
      expect([el.headingLevel, el.rulesDate]).to.deep.equal([3, '2026-03-01']);
      el.setAttribute('rules-date', '1900-01-01');
      await settled(el);
      expect(el.rulesDate, 'a date outside the rules described: today').to.equal(null);
      expect(el.shadowRoot!.querySelector('[part~="notice"]')).to.exist;
    });

    it('falls back to today with one warning for a rules-date that is not a date', async () => {
      const el = await fixture<Widget>(`<${tag} rules-date="31.12.2025"></${tag}>`);
      el.requestUpdate();
      await settled(el);
      expect(el.shadowRoot!.querySelector('h2')).to.exist;
      expect(warnings.list.filter((w) => w.includes('rules-date="31.12.2025"'))).to.have.length(1);
      expect(el.rulesDate, 'the property tells the date in use: null, today').to.equal(null);
    });

    it('hides its no-JS fallback once it renders', async () => {
      const el = await fixture<Widget>(`<${tag}><a href="https://msqory.kz">msqory.kz</a></${tag}>`);
      const link = el.querySelector('a')!;
      expect(link.getClientRects().length, 'the fallback link takes no space').to.equal(0);
      expect(el.shadowRoot!.querySelector('h2')).to.exist;
    });
  });
}
