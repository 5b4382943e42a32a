/**
 * What every widget must do, whatever it shows: one suite, run by each element's tests.
 */
import { expect, fixture, fixtureCleanup } from '@open-wc/testing';
import { setLocale } from '../../src/internal/locale.js';
import { collectWarnings, settled } from './helpers.js';
import { DATA_HORIZON } from '../../src/core/index.js';
import type { RulesStaleDetail } from '../../src/internal/stale-notice.js';

/** The day after the data horizon: the first day whose rules this copy may not know. */
const PAST_HORIZON = new Date(Date.parse(`${DATA_HORIZON}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
/** The stale notice's opening words and the day the rules were reviewed, as each language writes them. */
const STALE = {
  en: ['This information may be out of date', 'November 26, 2026'],
  ru: ['Эти сведения могут быть устаревшими', '26 ноября 2026 г.'],
  kk: ['Бұл ақпарат ескірген болуы мүмкін', '2026 ж. 26 қараша'],
} as const;

type Widget = HTMLElement & {
  updateComplete: Promise<unknown>;
  requestUpdate(): void;
  headingLevel: unknown;
  rulesDate: unknown;
};

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

    for (const bad of ['0', '7', 'two', '2.5', '-1', '0x3', '1e0', ' 3 ', '+3', '3.0', '０３']) {
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

    it('takes heading-level as a number property too, 1 to 6 only', async () => {
      const el = await fixture<Widget>(`<${tag}></${tag}>`);
      el.headingLevel = 5;
      await settled(el);
      expect(el.shadowRoot!.querySelector('h5[part~="heading"]')).to.exist;
      el.headingLevel = 3.5;
      await settled(el);
      expect(el.headingLevel).to.equal(2);
      expect(warnings.list.filter((w) => w.includes('heading-level="3.5"'))).to.have.length(1);
    });

    for (const early of ['0000-01-01', '0099-12-31', '0042-06-15']) {
      it(`reads rules-date="${early}" as the day it is (outside the rules described), not as "not a date"`, async () => {
        const el = await fixture<Widget>(`<${tag} rules-date="${early}"></${tag}>`);
        el.requestUpdate();
        await settled(el);
        expect(
          warnings.list.filter((w) => w.includes(`rules-date="${early}" is outside the rules described`)),
        ).to.have.length(1);
        expect(warnings.list.filter((w) => w.includes('not a date'))).to.have.length(0);
        expect(el.shadowRoot!.querySelector('[part~="notice"]')!.textContent).to.contain(
          early.slice(0, 4).replace(/^0+/, '') || '0',
        );
      });
    }

    it('falls back to today with one warning for a rules-date that is not a date', async () => {
      const el = await fixture<Widget>(`<${tag} rules-date="31.12.2025"></${tag}>`);
      el.requestUpdate();
      await settled(el);
      expect(el.shadowRoot!.querySelector('h2')).to.exist;
      expect(warnings.list.filter((w) => w.includes('rules-date="31.12.2025"'))).to.have.length(1);
      expect(el.rulesDate, 'the property tells the date in use: null, today').to.equal(null);
    });

    /** Records `osms-rules-stale` events heard on the document until `stop()`. */
    function staleEvents(): { list: RulesStaleDetail[]; stop(): void } {
      const list: RulesStaleDetail[] = [];
      const listener = (event: CustomEvent<RulesStaleDetail>) => void list.push(event.detail);
      document.addEventListener('osms-rules-stale', listener);
      return { list, stop: () => document.removeEventListener('osms-rules-stale', listener) };
    }
    const staleNotice = (el: Widget) =>
      [...el.shadowRoot!.querySelectorAll('[part~="notice"]')].find((p) => p.querySelector('a[href^="tel:"]'));

    for (const locale of ['kk', 'ru', 'en'] as const) {
      it(`past the data horizon (${PAST_HORIZON}) says in ${locale} that its rules may be out of date, fires osms-rules-stale, and is accessible`, async () => {
        await setLocale(locale);
        const events = staleEvents();
        try {
          const el = await fixture<Widget>(`<${tag} rules-date="${PAST_HORIZON}"></${tag}>`);
          const notice = staleNotice(el);
          expect(notice, 'the stale notice').to.exist;
          const text = notice!.textContent!.replace(/\s+/g, ' ');
          expect(text).to.contain(STALE[locale][0]).and.to.contain(STALE[locale][1]);
          expect(notice!.querySelector('a[href="https://msqory.kz"]')!.textContent).to.equal('msqory.kz');
          expect(notice!.querySelector('a[href="tel:1406"]')!.textContent).to.contain('1406');
          // It comes before the widget's content, so it is read first.
          expect(
            notice!.compareDocumentPosition(el.shadowRoot!.querySelector('[part~="heading"]')!) &
              Node.DOCUMENT_POSITION_FOLLOWING,
          ).to.not.equal(0);
          expect(events.list).to.deep.equal([
            { rulesDate: PAST_HORIZON, reviewed: '2026-11-26', horizon: DATA_HORIZON, version: 'dev' },
          ]);
          await expect(el).to.be.accessible();
        } finally {
          events.stop();
        }
      });
    }

    it(`says nothing of staleness up to the horizon (${DATA_HORIZON}), and follows rules-date across it`, async () => {
      const events = staleEvents();
      try {
        const el = await fixture<Widget>(`<${tag}></${tag}>`);
        for (const date of ['2020-01-01', DATA_HORIZON, null]) {
          if (date) el.setAttribute('rules-date', date);
          else el.removeAttribute('rules-date');
          await settled(el);
          expect(staleNotice(el)?.textContent, `no notice for rules-date ${date ?? '(today)'}`).to.equal(undefined);
        }
        expect(events.list, 'no event up to the horizon').to.have.length(0);
        el.setAttribute('rules-date', PAST_HORIZON);
        await settled(el);
        expect(staleNotice(el)).to.exist;
        el.requestUpdate(); // a re-render for another reason fires nothing more
        await settled(el);
        el.setAttribute('rules-date', '2029-06-01');
        await settled(el);
        expect(events.list.map((d) => d.rulesDate)).to.deep.equal([PAST_HORIZON, '2029-06-01']);
        el.setAttribute('rules-date', DATA_HORIZON);
        await settled(el);
        expect(staleNotice(el)?.textContent, 'the notice goes when the date comes back').to.equal(undefined);
        expect(events.list).to.have.length(2);
      } finally {
        events.stop();
      }
    });

    it('hides its no-JS fallback once it renders', async () => {
      const el = await fixture<Widget>(`<${tag}><a href="https://msqory.kz">msqory.kz</a></${tag}>`);
      const link = el.querySelector('a')!;
      expect(link.getClientRects().length, 'the fallback link takes no space').to.equal(0);
      expect(el.shadowRoot!.querySelector('h2')).to.exist;
    });
  });
}
