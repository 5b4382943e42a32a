/**
 * The search of <service-list> and <exemption-list> as a resident uses it: typed into
 * the real input, on a Kazakh, Russian or English page.
 */
import '../src/service-list/define.js';
import '../src/exemption-list/define.js';
import { expect, fixture, fixtureCleanup } from '@open-wc/testing';
import { all, idleRendered, settled, summaries, text, typeInFilter } from './support/helpers.js';
import { categoryName } from '../src/content/categories.js';
import { serviceName } from '../src/content/services.js';
import { setLocale } from '../src/internal/locale.js';
import { ANNOUNCE_AFTER_MS } from '../src/internal/filter-box.js';
import type { ServiceList } from '../src/service-list/service-list.js';
import type { ExemptionList } from '../src/exemption-list/exemption-list.js';

const DATE = '2026-06-01';

async function searchable<T extends HTMLElement & { updateComplete: Promise<unknown> }>(tag: string): Promise<T> {
  const el = await fixture<T>(`<${tag} searchable rules-date="${DATE}"></${tag}>`);
  await idleRendered(el);
  return el;
}

/** The group names of an exemption list without their official numbers. */
const groupNames = (el: Element) => summaries(el).map((summary) => summary.replace(/^\d+\.\s*/, ''));

const status = (el: Element) => text(el.shadowRoot!.querySelector('[role="status"]'));

const pause = () => new Promise((resolve) => setTimeout(resolve, ANNOUNCE_AFTER_MS + 100));

describe('search in the lists', () => {
  afterEach(async () => {
    fixtureCleanup();
    await setLocale(null);
  });

  describe('Kazakh typed with keyboard stand-ins, and pasted text with invisible characters', () => {
    it('<service-list> finds medicines typed with Latin ə and i, and teeth pasted between zero-width spaces', async () => {
      await setLocale('kk');
      const el = await searchable<ServiceList>('service-list');
      await typeInFilter(el, 'дəрi');
      expect(summaries(el)).to.include(serviceName('gobmp-medicines'));
      await typeInFilter(el, '\u200bтіс\u200b');
      expect(summaries(el)).to.deep.equal([serviceName('osms-dental-care')]);
    });

    it('<exemption-list> finds «жұмыс істемейтін жүкті» typed with и for і, у for ұ ү and Latin i', async () => {
      await setLocale('kk');
      const el = await searchable<ExemptionList>('exemption-list');
      await typeInFilter(el, 'жумыс iстемейтiн жукти');
      expect(groupNames(el)).to.deep.equal([categoryName('pregnant-nonworking')]);
      await typeInFilter(el, 'зейнет\u00adақы\u200d');
      expect(groupNames(el)[0], 'first, by its name').to.equal(categoryName('pensioner'));
    });
  });

  it('«дәрі» (medicine) finds the medicines, not the doctors («дәрігер»)', async () => {
    await setLocale('kk');
    const el = await searchable<ServiceList>('service-list');
    await typeInFilter(el, 'дәрі');
    expect(summaries(el)).to.include.members([
      serviceName('gobmp-medicines'),
      serviceName('osms-outpatient-medicines'),
    ]);
    expect(summaries(el)).not.to.include(serviceName('osms-specialist-consultations'));
  });

  it('ranks a service whose name matches before one whose explanation does, in each package', async () => {
    await setLocale('ru');
    const el = await searchable<ServiceList>('service-list');
    await typeInFilter(el, 'больница');
    const found = summaries(el);
    // In the leaflet's order, the ambulance (whose text only says «в больницу») comes first.
    expect(found.indexOf(serviceName('gobmp-infectious-inpatient'))).to.be.lessThan(
      found.indexOf(serviceName('gobmp-emergency')),
    );
    expect(found.indexOf(serviceName('gobmp-emergency'))).to.be.greaterThan(-1);
  });

  it('says when the care is not free, with its source, and announces it once with the count', async () => {
    await setLocale('ru');
    const el = await searchable<ServiceList>('service-list');
    await typeInFilter(el, 'санаторий');
    const empty = el.shadowRoot!.querySelector('[part~="empty"]')!;
    expect(text(empty)).to.include('Санаторий: не входит ни в ГОБМП, ни в ОСМС.');
    expect(empty.querySelector('a')!.getAttribute('href')).to.match(/^https:\/\//);
    expect(empty.querySelector('.note'), 'the unconfirmed note').not.to.equal(null);
    expect(status(el), 'while typing').to.equal('');
    await pause();
    await settled(el);
    const count = text(el.shadowRoot!.querySelector('[part~="count"]'));
    expect(count).to.match(/^0 из \d+ услуг/);
    expect(status(el)).to.equal(`${count} ${text(empty.querySelector('p'))}`.replace(/ Источник:.*$/, ''));
    await expect(el).to.be.accessible();
  });

  it('names braces as not free in English, from the Fund’s own answer', async () => {
    await setLocale('en');
    const el = await searchable<ServiceList>('service-list');
    await typeInFilter(el, 'braces');
    const empty = el.shadowRoot!.querySelector('[part~="empty"]')!;
    expect(text(empty)).to.include('Braces: not free under GOBMP or OSMS.');
    expect(empty.querySelector('a')!.getAttribute('href')).to.include('fms.kz');
    expect(empty.querySelector('.note'), 'confirmed by the Fund').to.equal(null);
  });

  it('offers the nearest words and 1406 when nothing matches; a word offered searches for it', async () => {
    await setLocale('ru');
    const el = await searchable<ServiceList>('service-list');
    await typeInFilter(el, 'стамотолог');
    const empty = el.shadowRoot!.querySelector('[part~="empty"]')!;
    expect(text(empty)).to.include('По вашему запросу ничего не найдено.');
    expect(text(empty)).to.include('1406');
    const offered = all(el, '[part~="suggestion"]');
    expect(offered.map(text)).to.include('стоматолог');
    offered.find((button) => text(button) === 'стоматолог')!.click();
    await settled(el);
    const input = el.shadowRoot!.querySelector('input')!;
    expect(input.value).to.equal('стоматолог');
    expect(el.shadowRoot!.activeElement).to.equal(input);
    expect(summaries(el)).to.deep.equal([serviceName('osms-dental-care')]);
    await expect(el).to.be.accessible();
  });

  it('<exemption-list> finds the groups by the words people use', async () => {
    await setLocale('ru');
    const el = await searchable<ExemptionList>('exemption-list');
    await typeInFilter(el, 'пенсия');
    expect(groupNames(el)).to.deep.equal([categoryName('pensioner')]);
    await typeInFilter(el, 'многодетная');
    expect(groupNames(el)).to.deep.equal([categoryName('mother-many-children')]);
    await typeInFilter(el, 'студентов');
    expect(groupNames(el)).to.deep.equal([categoryName('student')]);
  });
});
