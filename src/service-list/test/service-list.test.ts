import '../define.js';
import { expect, fixture, fixtureCleanup } from '@open-wc/testing';
import { commonSuite } from '../../../test/support/common-suite.js';
import {
  all,
  collectWarnings,
  idleRendered,
  settled,
  summaries,
  text,
  typeInFilter,
} from '../../../test/support/helpers.js';
import { servicesOn } from '../../core/index.js';
import { listGapText, packageName, serviceExplanation, serviceName } from '../../content/services.js';
import { setLocale } from '../../internal/locale.js';
import { ANNOUNCE_AFTER_MS } from '../../internal/filter-box.js';
import type { ServiceList } from '../service-list.js';
import { xliffTarget } from '../../../test/support/xliff.js';

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

const type = (el: ServiceList, query: string) => typeInFilter(el, query);

describe('<service-list>', () => {
  const warnings = collectWarnings();
  afterEach(async () => {
    fixtureCleanup();
    await setLocale(null);
  });

  describe('packages', () => {
    it('shows the 7 GOBMP groups (with the cancer screenings of 2025) and the 12 OSMS groups of 2025 under a heading per package', async () => {
      await setLocale('en');
      const el = await list();
      expect(all(el, 'h3').map(text)).to.deep.equal([packageName('gobmp'), packageName('osms')]);
      const [gobmp, osms] = all(el, 'ul.items');
      expect(gobmp.querySelectorAll(':scope > li[part~="item"]')).to.have.length(7);
      expect(osms.querySelectorAll(':scope > li[part~="item"]')).to.have.length(12);
      expect(summaries(el)).to.deep.equal(servicesOn(DATE_2025).map((s) => serviceName(s.id as never)));
    });

    for (const [pkg, count] of [
      ['gobmp', 7],
      ['osms', 12],
    ] as const) {
      it(`package="${pkg}" shows only its ${count} groups`, async () => {
        await setLocale('en');
        const el = await list(`package="${pkg}"`);
        expect(all(el, 'h3').map(text)).to.deep.equal([packageName(pkg)]);
        expect(all(el, '[part~="item"]')).to.have.length(count);
      });
    }

    it('package="all" is the default', async () => {
      const el = await list('package="all"');
      expect(all(el, '[part~="item"]')).to.have.length(19);
      el.removeAttribute('package');
      await settled(el);
      expect(all(el, '[part~="item"]')).to.have.length(19);
      expect(warnings.list).to.deep.equal([]);
      expect([el.package, el.view]).to.deep.equal(['all', 'list']);
    });

    it('reads back the package and view in use after a bad value', async () => {
      const el = await list('package="dental" view="grid"');
      expect([el.package, el.view]).to.deep.equal(['all', 'list']);
      expect(warnings.list.filter((w) => w.includes('package="dental"') || w.includes('view="grid"'))).to.have.length(
        2,
      );
    });

    it('follows a change of package', async () => {
      const el = await list('package="osms"');
      el.setAttribute('package', 'gobmp');
      await settled(el);
      expect(all(el, '[part~="item"]')).to.have.length(7);
    });

    it('adds the 2026 GOBMP groups for a 2026 date', async () => {
      const el = await fixture<ServiceList>('<service-list rules-date="2026-06-01" package="gobmp"></service-list>');
      // The 2025 cancer screenings give way to the early-detection screenings; care for 11 diseases is added.
      expect(all(el, '[part~="item"]')).to.have.length(8);
    });

    for (const [attribute, bad] of [
      ['package', 'dental'],
      ['view', 'grid'],
    ] as const) {
      it(`falls back to the default with one warning for ${attribute}="${bad}"`, async () => {
        const el = await list(`${attribute}="${bad}"`);
        el.requestUpdate();
        await settled(el);
        expect(all(el, 'h3')).to.have.length(2);
        expect(all(el, 'details[part], li[part~="item"]')).to.have.length(19);
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
      const details = all(el, 'details').find(
        (d) => text(d.querySelector('summary')) === serviceName('osms-diagnostics'),
      )!;
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
      expect(rows).to.have.length(19);
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
      expect(table.tBodies[0].rows).to.have.length(7);
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
      expect(
        cells.map((box) => Math.round(box.left)),
        'cells stacked',
      ).to.deep.equal(cells.map(() => Math.round(cells[0].left)));
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
      const status = el.shadowRoot!.querySelector('[part~="count"]')!;
      expect(text(status)).to.equal('19 of 19 services');
      expect(el.shadowRoot!.querySelector<HTMLInputElement>('input')!.labels![0].textContent).to.equal(
        'Find a service',
      );
      await type(el, 'x-ray');
      expect(summaries(el)).to.deep.equal([serviceName('osms-diagnostics')]);
      expect(all(el, 'h3').map(text)).to.deep.equal([packageName('osms')]);
      expect(text(status)).to.equal('1 of 19 services');
      await type(el, 'TUBERCULOSIS');
      expect(summaries(el)).to.deep.equal([
        serviceName('gobmp-specialized-outpatient'),
        serviceName('gobmp-infectious-inpatient'),
      ]);
      expect(text(status)).to.equal('2 of 19 services');
    });

    it('filters in Russian, reading ё as е', async () => {
      await setLocale('ru');
      const el = await list('searchable');
      await type(el, 'ТУБЕРКУЛЕЗ');
      expect(summaries(el)).to.deep.equal([
        serviceName('gobmp-specialized-outpatient'),
        serviceName('gobmp-infectious-inpatient'),
      ]);
      expect(text(el.shadowRoot!.querySelector('[part~="count"]'))).to.equal('2 из 19 услуг');
    });

    it('filters in Kazakh when typed without the Kazakh letters', async () => {
      await setLocale('kk');
      const el = await list('searchable');
      expect(serviceName('gobmp-emergency').toLowerCase()).to.include('шұғыл');
      await type(el, 'шугыл');
      expect(summaries(el)).to.include(serviceName('gobmp-emergency'));
      expect(summaries(el).length).to.be.lessThan(19);
      expect(text(el.shadowRoot!.querySelector('[part~="count"]'))).to.equal(
        `19 қызметтің ішінен ${summaries(el).length} көрсетілді`,
      );
      await type(el, 'стоматолог');
      expect(summaries(el)).to.deep.equal([serviceName('osms-dental-care')]);
    });

    it('finds a service by the everyday words people type, in each language', async () => {
      for (const [locale, query] of [
        ['en', 'teeth'],
        ['en', 'tooth'],
        ['ru', 'зуб'],
        ['kk', 'тіс'],
      ] as const) {
        await setLocale(locale);
        const el = await list('searchable');
        await type(el, query);
        expect(summaries(el), `${locale}: ${query}`).to.deep.equal([serviceName('osms-dental-care')]);
      }
      await setLocale('ru');
      const el = await list('searchable');
      await type(el, 'роды');
      expect(summaries(el).length, 'роды').to.be.greaterThan(0);
    });

    it('announces the count once typing pauses, not on every key', async () => {
      await setLocale('en');
      const el = await list('searchable');
      const status = el.shadowRoot!.querySelector('[role="status"]')!;
      for (const query of ['x', 'x-r', 'x-ray']) await type(el, query);
      expect(text(el.shadowRoot!.querySelector('[part~="count"]'))).to.equal('1 of 19 services');
      expect(text(status), 'while typing').to.equal('');
      await new Promise((resolve) => setTimeout(resolve, ANNOUNCE_AFTER_MS + 100));
      await el.updateComplete;
      expect(text(status), 'after the pause').to.equal('1 of 19 services');
    });

    it('filters the compare table too', async () => {
      await setLocale('en');
      const el = await list('searchable view="compare"');
      await type(el, 'dental');
      expect(all(el, 'tbody tr').map((tr) => text(tr.querySelector('th')))).to.deep.equal([
        serviceName('osms-dental-care'),
      ]);
    });

    it('says plainly when nothing matches and clears with one button', async () => {
      await setLocale('en');
      const el = await list('searchable');
      await type(el, 'zzzz');
      expect(summaries(el)).to.deep.equal([]);
      expect(text(el.shadowRoot!.querySelector('[part~="empty"]'))).to.include('Nothing matches your search.');
      expect(text(el.shadowRoot!.querySelector('[part~="count"]'))).to.equal('0 of 19 services');
      el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="empty"] button')!.click();
      await settled(el);
      const input = el.shadowRoot!.querySelector('input')!;
      expect(input.value).to.equal('');
      expect(el.shadowRoot!.activeElement).to.equal(input);
      expect(summaries(el)).to.have.length(19);
      expect(el.shadowRoot!.querySelector('[part~="empty"]')).to.equal(null);
    });
  });
});

describe('<service-list> marks what starts or ends within a year', () => {
  afterEach(async () => {
    fixtureCleanup();
    await setLocale(null);
  });

  it('shows "From" on the 2027 items and "Until" on those they replace, only within 12 months', async () => {
    await setLocale('en');
    const soon = (el: Element) => all(el, '.soon').map(text);
    const near = await fixture<ServiceList>(`<service-list rules-date="2026-11-26"></service-list>`);
    await settled(near);
    const starting = servicesOn('2027-01-01').filter((s) => s.since === '2027-01-01').length;
    const ending = servicesOn('2026-12-31').filter((s) => 'until' in s && s.until === '2026-12-31').length;
    expect(starting, 'the data has items that start on 2027-01-01').to.be.above(0);
    // Items from 2027 are not in force yet on 2026-11-26: only the endings are listed today.
    expect(soon(near).filter((t) => t.startsWith('Until December 31, 2026'))).to.have.length(ending);
    fixtureCleanup();
    const far = await fixture<ServiceList>(`<service-list rules-date="2025-06-01"></service-list>`);
    await settled(far);
    expect(soon(far).filter((t) => t.includes('2027'))).to.deep.equal([]);
  });
});

describe('<service-list> says what is not yet known of the 2027 lists', () => {
  afterEach(async () => {
    fixtureCleanup();
    await setLocale(null);
  });

  it('notes under each package on a 2027 date that its list is not yet published in full, with the source; no note in 2026', async () => {
    await setLocale('en');
    const notes = (el: Element) => all(el, '.gap').map(text);
    const in2027 = await fixture<ServiceList>('<service-list rules-date="2027-03-01"></service-list>');
    await idleRendered(in2027);
    expect(notes(in2027)).to.deep.equal([
      `${listGapText('gobmp-2027-partly-published')} Source: zakon.kz (news report)`,
      `${listGapText('osms-2027-not-published')} Source: zakon.kz (news report)`,
    ]);
    expect(notes(in2027)[0]).to.match(/not yet published in full/);
    // The note follows the package's heading, before its items.
    const [gobmpHeading] = all(in2027, 'h3');
    expect(gobmpHeading!.nextElementSibling!.nextElementSibling!.classList.contains('gap')).to.equal(true);
    await expect(in2027).to.be.accessible();
    fixtureCleanup();
    const in2026 = await fixture<ServiceList>('<service-list rules-date="2026-12-31" view="compare"></service-list>');
    await idleRendered(in2026);
    expect(notes(in2026)).to.deep.equal([]);
  });

  it('keeps the note in the compare view, in Russian and Kazakh as xliff/ translates it', async () => {
    for (const locale of ['ru', 'kk'] as const) {
      const [gap, source, news] = await Promise.all(
        ['gap.gobmp-2027-partly-published', 'list.source', 'source.news'].map((id) => xliffTarget(locale, id)),
      );
      await setLocale(locale);
      const el = await fixture<ServiceList>(
        '<service-list rules-date="2027-03-01" view="compare" package="gobmp"></service-list>',
      );
      await idleRendered(el);
      expect(all(el, '.gap').map(text), locale).to.deep.equal([`${gap} ${source} zakon.kz (${news})`]);
      fixtureCleanup();
    }
  });

  it('in 2027 describes the day hospital without promising care for chronic or socially significant diseases, in every language', async () => {
    for (const [locale, words] of [
      ['en', /chronic|long-term|socially significant/i],
      ['ru', /хронич|социально значим/i],
      ['kk', /созылмалы|әлеуметтік мәні/i],
    ] as const) {
      await setLocale(locale);
      expect(serviceExplanation('gobmp-day-hospital-2027'), locale).not.to.match(words);
      expect(serviceExplanation('gobmp-day-hospital'), locale).to.match(words);
    }
  });
});
