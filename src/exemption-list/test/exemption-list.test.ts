import '../define.js';
import { expect, fixture, fixtureCleanup } from '@open-wc/testing';
import { sendMouse } from '@web/test-runner-commands';
import { commonSuite } from '../../../test/common-suite.js';
import { collectWarnings, idleRendered, settled } from '../../../test/helpers.js';
import { categoriesOn, today, type CategoryId } from '../../core/index.js';
import { categoryName, conditionText, proofText } from '../../content/categories.js';
import { payerText } from '../../content/outcomes.js';
import { setLocale } from '../../internal/locale.js';
import type { ExemptionList } from '../exemption-list.js';

commonSuite('exemption-list', {
  en: 'Who does not pay: the state pays for them',
  kk: 'Жарнаны мемлекет төлейтін адамдар',
  ru: 'За кого взносы платит государство',
});

const DATE_2020 = '2020-06-01';

async function list(attributes = '', date = DATE_2020): Promise<ExemptionList> {
  const el = await fixture<ExemptionList>(`<exemption-list rules-date="${date}" ${attributes}></exemption-list>`);
  await idleRendered(el);
  return el;
}

const all = (el: Element, selector: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)];
const text = (node: Element | null) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const summaries = (el: Element) => all(el, 'summary').map(text);
const item = (el: Element, id: CategoryId) =>
  [...el.shadowRoot!.querySelectorAll('details')].find((d) => text(d.querySelector('summary')).endsWith(categoryName(id)))!;

/** Types into the filter box as a user does: the value changes, then `input` fires. */
async function type(el: ExemptionList, query: string): Promise<void> {
  const input = el.shadowRoot!.querySelector('input')!;
  input.focus();
  input.value = query;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  await settled(el);
}

/** Clicks the middle of an element with the real mouse. */
async function click(element: HTMLElement): Promise<void> {
  element.scrollIntoView({ block: 'center' });
  const { x, y, width, height } = element.getBoundingClientRect();
  await sendMouse({ type: 'click', position: [Math.round(x + width / 2), Math.round(y + height / 2)] });
}

describe('<exemption-list>', () => {
  const warnings = collectWarnings();
  afterEach(async () => {
    fixtureCleanup();
    history.replaceState(null, '', location.pathname + location.search);
    await setLocale(null);
  });

  describe('the list in force on rules-date', () => {
    it('shows the 16 categories of 2020, numbered 1 to 16 as in the official list', async () => {
      await setLocale('en');
      const el = await list();
      expect(all(el, 'ol.items > li[part~="item"]')).to.have.length(16);
      expect(all(el, '[part~="number"]').map(text)).to.deep.equal(Array.from({ length: 16 }, (_, i) => `${i + 1}.`));
      expect(summaries(el)).to.deep.equal(categoriesOn(DATE_2020).map((c, i) => `${i + 1}. ${categoryName(c.id)}`));
      expect(text(el.shadowRoot!.querySelector('.meta'))).to.include('June 1, 2020');
    });

    it("shows today's list by default, with the groups added since and when", async () => {
      await setLocale('en');
      const el = await fixture<ExemptionList>('<exemption-list></exemption-list>');
      await idleRendered(el);
      const current = categoriesOn(today());
      expect(all(el, '[part~="item"]')).to.have.length(current.length);
      expect(current.length).to.be.greaterThan(16);
      expect(text(item(el, 'house-arrest'))).to.include('In force since March 28, 2022.');
      expect(text(item(el, 'child'))).to.include('In force since January 1, 2020.');
    });

    it('says when the payer changed', async () => {
      await setLocale('en');
      const el = await list('', '2026-06-01');
      expect(text(item(el, 'unemployed-registered'))).to.include(`${payerText('local')} (since January 1, 2026)`);
      expect(text(item(el, 'crisis-welfare-level'))).to.include(payerText('local')).and.not.include('(since');
      expect(text(item(el, 'child'))).to.include(payerText('republican')).and.not.include('(since');
    });

    it('numbers only the places confirmed in the official list and shows the others apart, unnumbered', async () => {
      await setLocale('en');
      const el = await list('', '2023-01-01');
      expect(summaries(el)).to.have.length(19);
      const [numbered, others] = [el.shadowRoot!.querySelector('ol.items')!, el.shadowRoot!.querySelector('ul.items')!];
      expect(numbered.querySelectorAll(':scope > li')).to.have.length(16);
      expect([...others.querySelectorAll(':scope > li summary')].map(text)).to.deep.equal([
        categoryName('carer-disability-group1'),
        categoryName('house-arrest'),
        categoryName('social-assistance'),
      ]);
      expect(text(others.previousElementSibling?.previousElementSibling ?? null)).to.equal('Other groups the state pays for');
      expect(text(item(el, 'child'))).to.match(/^1\. /);
      // 2026: the Fund's list confirms items 1–8 only.
      const y2026 = await list('', '2026-06-01');
      expect(y2026.shadowRoot!.querySelectorAll('ol.items > li')).to.have.length(8);
      expect(text(item(y2026, 'house-arrest'))).not.to.match(/^\d+\. /);
    });
  });

  describe('each category expands', () => {
    it('to who exactly qualifies, what proves it, and the source', async () => {
      await setLocale('en');
      const el = await list();
      const prisoner = item(el, 'prisoner');
      prisoner.querySelector('summary')!.click();
      await new Promise((resolve) => setTimeout(resolve));
      expect(prisoner.hasAttribute('open')).to.equal(true);
      expect(text(prisoner)).to.include(conditionText('except-minimum-security'));
      expect(text(prisoner)).to.include(proofText('penitentiary-record'));
      const source = prisoner.querySelector<HTMLAnchorElement>('.meta a')!;
      expect(source.href).to.equal('https://adilet.zan.kz/rus/docs/Z1500000405');
      expect(source.textContent).to.equal('adilet.zan.kz');
    });

    it('lists only the conditions in force on rules-date', async () => {
      await setLocale('en');
      const in2020 = await list();
      expect(text(item(in2020, 'unemployed-registered'))).to.not.include(conditionText('except-subsidised-jobs'));
      const in2026 = await list('', '2026-06-01');
      expect(text(item(in2026, 'unemployed-registered'))).to.include(conditionText('except-subsidised-jobs'));
    });

    it('shows an unconfirmed category softly', async () => {
      await setLocale('en');
      const el = await list('', '2023-01-01');
      expect(item(el, 'social-assistance').querySelector('.note')).to.exist;
      expect(item(el, 'child').querySelector('.note')).to.equal(null);
    });
  });

  describe('searchable', () => {
    it('filters as you type in English and counts politely', async () => {
      await setLocale('en');
      const el = await list('searchable');
      const status = el.shadowRoot!.querySelector('[role="status"]')!;
      expect(text(status)).to.equal('16 of 16 groups');
      await type(el, 'minimum security');
      expect(summaries(el)).to.deep.equal([`8. ${categoryName('prisoner')}`]);
      expect(text(status)).to.equal('1 of 16 groups');
    });

    it('filters in Russian', async () => {
      await setLocale('ru');
      const el = await list('searchable');
      await type(el, 'минимальной  БЕЗОПАСНОСТИ');
      expect(summaries(el)).to.deep.equal([`8. ${categoryName('prisoner')}`]);
      expect(text(el.shadowRoot!.querySelector('[role="status"]'))).to.equal('1 из 16 категорий');
    });

    it('filters in Kazakh when typed without the Kazakh letters', async () => {
      await setLocale('kk');
      const el = await list('searchable');
      expect(categoryName('prisoner')).to.include('қауіпсіздігі барынша төмен');
      await type(el, 'кауипсиздиги барынша томен');
      expect(summaries(el)).to.deep.equal([`8. ${categoryName('prisoner')}`]);
      expect(text(el.shadowRoot!.querySelector('[role="status"]'))).to.equal('16 санаттың ішінен 1 көрсетілді');
    });

    it('says plainly when nothing matches and clears with one button', async () => {
      await setLocale('ru');
      const el = await list('searchable');
      await type(el, 'щщщщ');
      expect(summaries(el)).to.deep.equal([]);
      expect(text(el.shadowRoot!.querySelector('[part~="empty"]'))).to.include('По вашему запросу ничего не найдено.');
      await expect(el).to.be.accessible();
      el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="empty"] button')!.click();
      await settled(el);
      expect(el.shadowRoot!.querySelector('input')!.value).to.equal('');
      expect(el.shadowRoot!.activeElement).to.equal(el.shadowRoot!.querySelector('input'));
      expect(summaries(el)).to.have.length(16);
    });
  });

  describe('checker-href', () => {
    it('offers no link without it', async () => {
      const el = await list();
      expect(el.shadowRoot!.querySelector('[part~="link"]')).to.equal(null);
    });

    it('fires exemption-select and follows the link', async () => {
      await setLocale('en');
      const el = await list('checker-href="#checker"');
      const events: CustomEvent[] = [];
      document.addEventListener('exemption-select', (event) => events.push(event), { once: true });
      const details = item(el, 'student');
      details.open = true;
      const link = details.querySelector<HTMLAnchorElement>('[part~="link"]')!;
      expect(text(link)).to.equal('Check your coverage');
      await click(link);
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(events.map((e) => [e.detail, e.bubbles, e.composed, e.cancelable])).to.deep.equal([
        [{ category: 'student' }, true, true, true],
      ]);
      expect(location.hash).to.equal('#checker');
    });

    it('does not follow the link when a listener cancels the event', async () => {
      const el = await list('checker-href="#checker"');
      el.addEventListener('exemption-select', (event) => event.preventDefault(), { once: true });
      const details = item(el, 'child');
      details.open = true;
      await click(details.querySelector<HTMLAnchorElement>('[part~="link"]')!);
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(location.hash).to.equal('');
    });

    for (const good of ['https://example.kz/check', 'http://example.kz/', '/check?x=1', 'check.html', '#checker']) {
      it(`links to ${good}`, async () => {
        const el = await list(`checker-href="${good}"`);
        const links = all(el, '[part~="link"]');
        expect(links).to.have.length(16);
        expect(links[0].getAttribute('href')).to.equal(good);
        expect(warnings.list).to.deep.equal([]);
      });
    }

    for (const bad of ['javascript:alert(1)', 'JavaScript:alert(1)', 'java&#9;script:alert(1)', 'data:text/html,x', 'ftp://example.kz/']) {
      it(`refuses ${bad} with one warning`, async () => {
        const el = await list(`checker-href="${bad}"`);
        el.requestUpdate();
        await settled(el);
        expect(el.shadowRoot!.querySelector('[part~="link"]')).to.equal(null);
        expect(warnings.list.filter((w) => w.includes('checker-href='))).to.have.length(1);
      });
    }
  });

  describe('accessibility', () => {
    for (const locale of ['kk', 'ru', 'en'] as const) {
      for (const [attributes, date] of [['', DATE_2020], ['searchable checker-href="/check"', DATE_2020], ['searchable', today()]]) {
        it(`is accessible in ${locale} with ${attributes || 'the defaults'} on ${date}`, async () => {
          await setLocale(locale);
          const el = await list(attributes, date);
          for (const details of all(el, 'details')) details.setAttribute('open', '');
          await expect(el).to.be.accessible();
        });
      }
    }
  });
});
