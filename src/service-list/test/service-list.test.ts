import '../define.js';
import { expect, fixture, fixtureCleanup } from '@open-wc/testing';
import { commonSuite } from '../../../test/common-suite.js';
import { collectWarnings, idleRendered, settled } from '../../../test/helpers.js';
import { servicesOn } from '../../core/index.js';
import { packageName, serviceExplanation, serviceName } from '../../content/services.js';
import { setLocale } from '../../internal/locale.js';
import type { ServiceList } from '../service-list.js';

commonSuite('service-list', {
  en: 'Free medical care and what insurance adds',
  kk: 'Тегін медициналық көмек және сақтандыру беретін қосымша көмек',
  ru: 'Бесплатная медицинская помощь и что добавляет страховка',
});

const DATE_2025 = '2025-06-01';

async function list(attributes = ''): Promise<ServiceList> {
  const el = await fixture<ServiceList>(`<service-list rules-date="${DATE_2025}" ${attributes}></service-list>`);
  await idleRendered(el);
  return el;
}

const all = (el: Element, selector: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)];
const text = (node: Element | null) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const summaries = (el: Element) => all(el, 'summary').map(text);

/** Types into the filter box as a user does: the value changes, then `input` fires. */
async function type(el: ServiceList, query: string): Promise<void> {
  const input = el.shadowRoot!.querySelector('input')!;
  input.focus();
  input.value = query;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  await settled(el);
}

describe('<service-list>', () => {
  const warnings = collectWarnings();
  afterEach(async () => {
    fixtureCleanup();
    await setLocale(null);
  });

  describe('packages', () => {
    it('shows the 6 GOBMP groups and the 12 OSMS groups of 2025 under a heading per package', async () => {
      await setLocale('en');
      const el = await list();
      expect(all(el, 'h3').map(text)).to.deep.equal([packageName('gobmp'), packageName('osms')]);
      const [gobmp, osms] = all(el, 'ul.items');
      expect(gobmp.querySelectorAll(':scope > li[part~="item"]')).to.have.length(6);
      expect(osms.querySelectorAll(':scope > li[part~="item"]')).to.have.length(12);
      expect(summaries(el)).to.deep.equal(servicesOn(DATE_2025).map((s) => serviceName(s.id as never)));
    });

    for (const [pkg, count] of [['gobmp', 6], ['osms', 12]] as const) {
      it(`package="${pkg}" shows only its ${count} groups`, async () => {
        await setLocale('en');
        const el = await list(`package="${pkg}"`);
        expect(all(el, 'h3').map(text)).to.deep.equal([packageName(pkg)]);
        expect(all(el, '[part~="item"]')).to.have.length(count);
      });
    }

    it('package="all" is the default', async () => {
      const el = await list('package="all"');
      expect(all(el, '[part~="item"]')).to.have.length(18);
      el.removeAttribute('package');
      await settled(el);
      expect(all(el, '[part~="item"]')).to.have.length(18);
      expect(warnings.list).to.deep.equal([]);
    });

    it('follows a change of package', async () => {
      const el = await list('package="osms"');
      el.setAttribute('package', 'gobmp');
      await settled(el);
      expect(all(el, '[part~="item"]')).to.have.length(6);
    });

    it('adds the 2026 GOBMP groups for a 2026 date', async () => {
      const el = await fixture<ServiceList>('<service-list rules-date="2026-06-01" package="gobmp"></service-list>');
      await idleRendered(el);
      expect(all(el, '[part~="item"]')).to.have.length(7);
    });

    for (const [attribute, bad] of [['package', 'dental'], ['view', 'grid']] as const) {
      it(`falls back to the default with one warning for ${attribute}="${bad}"`, async () => {
        const el = await list(`${attribute}="${bad}"`);
        el.requestUpdate();
        await settled(el);
        expect(all(el, 'h3')).to.have.length(2);
        expect(all(el, 'details[part], li[part~="item"]')).to.have.length(18);
        expect(el.shadowRoot!.querySelector('table')).to.equal(null);
        expect(warnings.list.filter((w) => w.includes(`${attribute}="${bad}"`))).to.have.length(1);
      });
    }

    it('puts package headings one level below heading-level', async () => {
      const el = await list('heading-level="4"');
      expect(all(el, 'h4')).to.have.length(1);
      expect(all(el, 'h5[part~="heading"]')).to.have.length(2);
    });
  });

  describe('each service expands', () => {
    it('opens to a plain explanation with examples', async () => {
      await setLocale('en');
      const el = await list('package="osms"');
      const details = all(el, 'details').find((d) => text(d.querySelector('summary')) === serviceName('osms-diagnostics'))!;
      expect(details.hasAttribute('open')).to.equal(false);
      details.querySelector('summary')!.click();
      await new Promise((resolve) => setTimeout(resolve));
      expect(details.hasAttribute('open')).to.equal(true);
      expect(text(details)).to.include(serviceExplanation('osms-diagnostics'));
      expect([...details.querySelectorAll('.body li')].map(text)).to.deep.equal([
        'Laboratory tests',
        'Ultrasound',
        'X-ray',
        'CT scan',
        'MRI scan',
        'Medical procedures',
      ]);
      expect(details.querySelector('a')!.textContent).to.equal('adilet.zan.kz');
    });

    it('names a news report as such, and the law as its site', async () => {
      await setLocale('en');
      const el = await fixture<ServiceList>('<service-list rules-date="2026-06-01" package="gobmp"></service-list>');
      await idleRendered(el);
      const link = (id: Parameters<typeof serviceName>[0]) =>
        all(el, 'details')
          .find((d) => text(d.querySelector('summary')) === serviceName(id))!
          .querySelector('.meta a')!.textContent;
      expect(link('gobmp-socially-significant-diseases')).to.equal('zakon.kz (news report)');
      expect(link('gobmp-emergency')).to.equal('zakon.uchet.kz');
      await setLocale('ru');
      await settled(el);
      expect(link('gobmp-socially-significant-diseases')).to.equal('zakon.kz (новостное сообщение)');
    });
  });

  describe('view="compare"', () => {
    it('is one table with a caption, a column per package and a row per service', async () => {
      await setLocale('en');
      const el = await list('view="compare"');
      const tables = all(el, 'table');
      expect(tables).to.have.length(1);
      const table = tables[0] as HTMLTableElement;
      expect(text(table.caption)).to.equal('Which package includes each service');
      const columns = [...table.tHead!.rows[0].cells];
      expect(columns.map((th) => [th.tagName, th.getAttribute('scope')])).to.deep.equal([
        ['TH', 'col'],
        ['TH', 'col'],
        ['TH', 'col'],
      ]);
      expect(columns.map(text)).to.deep.equal(['Service', packageName('gobmp'), packageName('osms')]);
      const rows = [...table.tBodies[0].rows];
      expect(rows).to.have.length(18);
      for (const row of rows) {
        expect(row.cells[0].tagName).to.equal('TH');
        expect(row.cells[0].getAttribute('scope')).to.equal('row');
        expect([...row.cells].slice(1).every((cell) => cell.tagName === 'TD')).to.equal(true);
      }
      expect(el.shadowRoot!.querySelector('details')).to.equal(null);
    });

    it('says in words what each package gives for each service', async () => {
      await setLocale('en');
      const el = await list('view="compare"');
      const row = (id: Parameters<typeof serviceName>[0]) => {
        const found = all(el, 'tbody tr').find((tr) => text(tr.querySelector('th')) === serviceName(id))!;
        // The words a sighted user reads in each cell, without the column names shown on narrow screens.
        return [...found.querySelectorAll('td')].map((td) => text(td).replace(/^.*: /, ''));
      };
      expect(row('gobmp-emergency')).to.deep.equal(['Included', 'Not in this package']);
      expect(row('osms-diagnostics')).to.deep.equal(['Not in this package', 'Only if insured']);
      expect(row('osms-dental-care')).to.deep.equal(['Not in this package', 'For certain groups']);
      // Preventive check-ups are also part of GOBMP primary care.
      expect(row('osms-preventive-check-ups')).to.deep.equal(['Included', 'Only if insured']);
    });

    it('has a column only for the package asked for', async () => {
      const el = await list('view="compare" package="gobmp"');
      const table = el.shadowRoot!.querySelector('table')!;
      expect(table.tHead!.rows[0].cells).to.have.length(2);
      expect(table.tBodies[0].rows).to.have.length(6);
    });

    it('reflows at 320 px: no horizontal scroll, each cell names its column', async () => {
      await setLocale('kk');
      const el = await list('view="compare"');
      el.style.width = '320px';
      await new Promise((resolve) => requestAnimationFrame(resolve));
      const table = el.shadowRoot!.querySelector('table')!;
      expect(table.scrollWidth).to.be.at.most(320);
      expect(el.shadowRoot!.querySelector('.root')!.scrollWidth).to.be.at.most(320);
      expect(table.caption!.getBoundingClientRect().width, 'the caption spans the width').to.be.greaterThan(250);
      const cells = all(el, 'tbody tr:first-child > *').map((cell) => cell.getBoundingClientRect());
      expect(cells.map((box) => Math.round(box.left)), 'cells stacked').to.deep.equal(cells.map(() => Math.round(cells[0].left)));
      const label = el.shadowRoot!.querySelector('td .cell-label')!;
      expect(getComputedStyle(label).display).to.not.equal('none');
      expect(text(label)).to.equal('ТМККК:');
      expect(label.getAttribute('aria-hidden')).to.equal('true');
    });
  });

  describe('searchable', () => {
    it('has no filter box unless asked', async () => {
      const el = await list();
      expect(el.shadowRoot!.querySelector('input')).to.equal(null);
    });

    it('filters as you type in English and counts in a polite live region', async () => {
      await setLocale('en');
      const el = await list('searchable');
      const status = el.shadowRoot!.querySelector('[role="status"]')!;
      expect(text(status)).to.equal('18 of 18 services');
      expect(el.shadowRoot!.querySelector<HTMLInputElement>('input')!.labels![0].textContent).to.equal('Find a service');
      await type(el, 'x-ray');
      expect(summaries(el)).to.deep.equal([serviceName('osms-diagnostics')]);
      expect(all(el, 'h3').map(text)).to.deep.equal([packageName('osms')]);
      expect(text(status)).to.equal('1 of 18 services');
      await type(el, 'TUBERCULOSIS');
      expect(summaries(el)).to.deep.equal([serviceName('gobmp-specialized-outpatient'), serviceName('gobmp-infectious-inpatient')]);
      expect(text(status)).to.equal('2 of 18 services');
    });

    it('filters in Russian, reading ё as е', async () => {
      await setLocale('ru');
      const el = await list('searchable');
      await type(el, 'ТУБЕРКУЛЕЗ');
      expect(summaries(el)).to.deep.equal([serviceName('gobmp-specialized-outpatient'), serviceName('gobmp-infectious-inpatient')]);
      expect(text(el.shadowRoot!.querySelector('[role="status"]'))).to.equal('2 из 18 услуг');
    });

    it('filters in Kazakh when typed without the Kazakh letters', async () => {
      await setLocale('kk');
      const el = await list('searchable');
      expect(serviceName('gobmp-emergency').toLowerCase()).to.include('шұғыл');
      await type(el, 'шугыл');
      expect(summaries(el)).to.include(serviceName('gobmp-emergency'));
      expect(summaries(el).length).to.be.lessThan(18);
      expect(text(el.shadowRoot!.querySelector('[role="status"]'))).to.equal(`18 қызметтің ішінен ${summaries(el).length} көрсетілді`);
      await type(el, 'стоматолог');
      expect(summaries(el)).to.deep.equal([serviceName('osms-dental-care')]);
    });

    it('filters the compare table too', async () => {
      await setLocale('en');
      const el = await list('searchable view="compare"');
      await type(el, 'dental');
      expect(all(el, 'tbody tr').map((tr) => text(tr.querySelector('th')))).to.deep.equal([serviceName('osms-dental-care')]);
    });

    it('says plainly when nothing matches and clears with one button', async () => {
      await setLocale('en');
      const el = await list('searchable');
      await type(el, 'zzzz');
      expect(summaries(el)).to.deep.equal([]);
      expect(text(el.shadowRoot!.querySelector('[part~="empty"]'))).to.include('Nothing matches your search.');
      expect(text(el.shadowRoot!.querySelector('[role="status"]'))).to.equal('0 of 18 services');
      await expect(el).to.be.accessible();
      el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="empty"] button')!.click();
      await settled(el);
      const input = el.shadowRoot!.querySelector('input')!;
      expect(input.value).to.equal('');
      expect(el.shadowRoot!.activeElement).to.equal(input);
      expect(summaries(el)).to.have.length(18);
      expect(el.shadowRoot!.querySelector('[part~="empty"]')).to.equal(null);
    });
  });

  describe('accessibility', () => {
    for (const locale of ['kk', 'ru', 'en'] as const) {
      for (const attributes of ['', 'package="gobmp"', 'package="osms" searchable', 'view="compare"', 'view="compare" searchable']) {
        it(`is accessible in ${locale} with ${attributes || 'the defaults'}`, async () => {
          await setLocale(locale);
          const el = await list(attributes);
          for (const details of all(el, 'details')) details.setAttribute('open', '');
          await expect(el).to.be.accessible();
        });
      }
    }
  });
});
