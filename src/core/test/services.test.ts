import { expect } from '@open-wc/testing';
import {
  CATEGORIES,
  CONDITIONS,
  KEPT_CARE,
  LIST_GAPS,
  PROOFS,
  SERVICES,
  isOfficial,
  keptCareOn,
  listGapsOn,
  servicesOn,
  sourceKind,
  sources,
  type ExampleId,
  type IsoDate,
  type PackageId,
  type Service,
} from '../index.js';

const ids = (date: IsoDate, pkg: PackageId | 'all' = 'all') => servicesOn(date, pkg).map((s) => s.id);
const examples = (date: IsoDate, pkg: PackageId) =>
  new Set<ExampleId>(servicesOn(date, pkg).flatMap((s) => ('examples' in s ? [...s.examples] : [])));
/** The diseases a package treats on `date`: its examples without those the screenings only look for. */
const treated = (date: IsoDate, pkg: PackageId) =>
  new Set<ExampleId>(
    servicesOn(date, pkg)
      .filter((s) => !s.id.includes('screenings'))
      .flatMap((s) => ('examples' in s ? [...s.examples] : [])),
  );

describe('services by date', () => {
  it('has the 2020 lists during the transitional period of 2020–2021', () => {
    for (const date of ['2020-01-01', '2020-06-30', '2020-07-01', '2021-06-30', '2021-07-01']) {
      expect(ids(date, 'gobmp'), date).to.deep.equal([
        'gobmp-emergency',
        'gobmp-primary-care',
        'gobmp-specialized-outpatient',
        'gobmp-day-hospital',
        'gobmp-infectious-inpatient',
        'gobmp-medicines',
      ]);
      expect(ids(date, 'osms'), date).to.include.members(['osms-preventive-check-ups', 'osms-chronic-follow-up']);
      expect(ids(date, 'osms'), date).not.to.include('osms-chronic-diseases-2026');
    }
    expect(ids('2019-12-31')).to.deep.equal([]);
  });

  it('counts preventive check-ups and anti-epidemic measures as GOBMP primary care', () => {
    for (const date of ['2020-03-01', '2025-06-01', '2026-06-01', '2027-02-01']) {
      expect(examples(date, 'gobmp').has('preventive-check-ups'), date).to.equal(true);
    }
    expect(examples('2025-06-01', 'gobmp').has('anti-epidemic-measures')).to.equal(true);
    const checkUps = SERVICES.find((s) => s.id === 'osms-preventive-check-ups');
    expect(checkUps && 'alsoIn' in checkUps ? checkUps.alsoIn : []).to.deep.equal(['gobmp']);
  });

  it('treats diabetes and rheumatoid arthritis in GOBMP until 2025 and in OSMS from 2026, never in both', () => {
    for (const id of ['diabetes', 'rheumatoid-arthritis'] as const) {
      expect(treated('2025-06-01', 'gobmp').has(id), id).to.equal(true);
      for (const date of ['2026-06-01', '2027-02-01']) {
        expect(treated(date, 'gobmp').has(id), `${id} ${date}`).to.equal(false);
        expect(treated(date, 'osms').has(id), `${id} ${date}`).to.equal(true);
      }
    }
    // Hypertension: OSMS follow-up; from 2026 the GOBMP screenings only look for it.
    expect(examples('2025-06-01', 'gobmp').has('hypertension')).to.equal(false);
    expect(treated('2026-06-01', 'gobmp').has('hypertension')).to.equal(false);
    expect(examples('2026-06-01', 'gobmp').has('hypertension')).to.equal(true);
    expect(examples('2025-06-01', 'osms').has('hypertension')).to.equal(true);
  });

  it('dates the screenings as the Ministry does: cancer from 2025, the other early-detection screenings from 2026', () => {
    expect(examples('2024-06-01', 'gobmp').has('screenings')).to.equal(false);
    expect(ids('2024-06-01')).not.to.include('gobmp-cancer-screenings-2025');
    expect(ids('2025-06-01')).to.include('gobmp-cancer-screenings-2025');
    expect(ids('2025-06-01')).not.to.include('gobmp-early-detection-screenings');
    expect(ids('2025-12-31')).not.to.include('gobmp-early-detection-screenings');
    for (const date of ['2026-01-01', '2027-02-01'])
      expect(ids(date), date).to.include('gobmp-early-detection-screenings');
    expect(ids('2026-01-01'), 'the cancer screenings of 2025 end').not.to.include('gobmp-cancer-screenings-2025');
    const early = servicesOn('2026-01-01', 'gobmp').find((s) => s.id === 'gobmp-early-detection-screenings')!;
    expect(early.examples, 'cancer is among what they look for').to.include('cancer');
  });

  it('adds the 2026 list of socially significant diseases on 1 January 2026', () => {
    expect(ids('2025-12-31')).not.to.include('gobmp-socially-significant-diseases');
    expect(ids('2026-01-01')).to.include.members([
      'gobmp-socially-significant-diseases',
      'gobmp-specialized-outpatient-2026',
      'osms-chronic-diseases-2026',
    ]);
    expect(ids('2026-01-01')).not.to.include('gobmp-specialized-outpatient');
  });

  it('changes the GOBMP list on 1 January 2027, not before', () => {
    const y2026 = ids('2026-12-31');
    const y2027 = ids('2027-02-01');
    expect(y2027).not.to.deep.equal(y2026);
    expect(y2026).to.include.members(['gobmp-primary-care', 'gobmp-specialized-outpatient-2026', 'gobmp-day-hospital']);
    expect(y2027).to.include.members([
      'gobmp-primary-care-2027',
      'gobmp-specialized-outpatient-2027',
      'gobmp-day-hospital-2027',
      'gobmp-early-detection-screenings',
    ]);
    expect(y2027).not.to.include.members([
      'gobmp-primary-care',
      'gobmp-specialized-outpatient-2026',
      'gobmp-day-hospital',
    ]);
    // The new screenings look for these diseases.
    expect([...examples('2027-02-01', 'gobmp')]).to.include.members([
      'hypertension',
      'coronary-heart-disease',
      'glaucoma',
    ]);
    // The chronic-disease follow-up stays in OSMS.
    expect(ids('2027-02-01', 'osms')).to.include('osms-chronic-follow-up');
    expect(examples('2027-02-01', 'gobmp').has('rheumatoid-arthritis')).to.equal(false);
  });

  it('has the OSMS care the Fund names for the insured', () => {
    expect(ids('2025-06-01', 'osms')).to.include.members([
      'osms-outpatient-medicines',
      'osms-day-hospital',
      'osms-nursing-care',
      'osms-palliative-care',
    ]);
    expect(examples('2025-06-01', 'osms').has('manipulations')).to.equal(true);
  });

  it('keeps GOBMP for the uninsured at every date, narrowed in 2027, and its services exist', () => {
    for (const date of ['2020-03-01', '2025-06-01', '2026-06-01']) {
      expect(
        keptCareOn(date, 'uninsured').map((c) => c.id),
        date,
      ).to.include('uninsured-gobmp');
    }
    const in2027 = keptCareOn('2027-02-01', 'uninsured').map((c) => c.id);
    expect(in2027).to.include('uninsured-gobmp-2027');
    expect(in2027).not.to.include('uninsured-gobmp');
    const kept2027 = KEPT_CARE.find((c) => c.id === 'uninsured-gobmp-2027')!;
    expect(kept2027.unconfirmed).to.equal(true);
    // The 2027 kept care names only services of 2027; the earlier one none of them.
    for (const s of kept2027.services)
      expect(
        servicesOn('2027-02-01').some((x) => x.id === s),
        s,
      ).to.equal(true);
    const kept = KEPT_CARE.find((c) => c.id === 'uninsured-gobmp')!;
    for (const s of kept.services)
      expect(
        servicesOn('2026-12-31')
          .concat(servicesOn('2025-06-01'))
          .some((x) => x.id === s),
        s,
      ).to.equal(true);
    const serviceIds = new Set<string>(SERVICES.map((s) => s.id));
    for (const care of KEPT_CARE)
      for (const s of 'services' in care ? care.services : []) expect(serviceIds.has(s), s).to.equal(true);
  });
});

describe('sources', () => {
  const urls = Object.values(sources).filter((v): v is string => typeof v === 'string');

  it('gives every source a kind, with the official ones on official hosts or as texts of acts', () => {
    expect(urls.length).to.be.greaterThan(30);
    for (const url of urls) expect(['law', 'government', 'fund', 'news', 'other'], url).to.include(sourceKind(url));
    expect(sourceKind(sources.LAW_OSMS)).to.equal('law');
    expect(sourceKind(sources.FUND)).to.equal('fund');
    expect(sourceKind(sources.EGOV)).to.equal('government');
    expect(sourceKind(sources.LISTS_2027)).to.equal('news');
    expect(sourceKind(sources.SCREENINGS_2026)).to.equal('other');
  });

  it('judges a URL not in the list by its host', () => {
    expect(sourceKind('https://adilet.zan.kz/rus/docs/Z0000000001')).to.equal('law');
    expect(sourceKind('https://www.gov.kz/memleket/entities/dsm')).to.equal('government');
    expect(sourceKind('https://msqory.kz/ru/')).to.equal('fund');
    expect(sourceKind('https://example.com/news')).to.equal('other');
    expect(isOfficial('https://notadilet.zan.kz.example.com/')).to.equal(false);
  });

  it('points at no staging or test domain', () => {
    for (const url of urls) expect(new URL(url).hostname, url).not.to.match(/^(test|staging|dev)\./);
  });

  it('marks as unconfirmed every service, category, proof and condition that rests only on a news report or an unofficial page', () => {
    const facts: readonly { id: string; source: string; unconfirmed?: true }[] = [
      ...SERVICES,
      ...KEPT_CARE,
      ...CATEGORIES,
      ...PROOFS,
      ...CONDITIONS,
    ];
    for (const f of facts) if (!isOfficial(f.source)) expect(f.unconfirmed, f.id).to.equal(true);
  });
});

describe('what is not yet known of the 2027 lists', () => {
  it('says, for each package on a 2027 date, that its list is not yet published in full, and nothing before', () => {
    for (const date of ['2020-06-01', '2026-06-01', '2026-12-31'])
      expect(
        listGapsOn(date).map((g) => g.id),
        date,
      ).to.deep.equal([]);
    for (const date of ['2027-01-01', '2027-12-31']) {
      expect(
        listGapsOn(date, 'gobmp').map((g) => g.id),
        date,
      ).to.deep.equal(['gobmp-2027-partly-published']);
      expect(
        listGapsOn(date, 'osms').map((g) => g.id),
        date,
      ).to.deep.equal(['osms-2027-not-published']);
    }
    for (const gap of LIST_GAPS) {
      expect(gap.unconfirmed, gap.id).to.equal(true);
      expect(sourceKind(gap.source), gap.id).to.equal('news');
    }
  });

  it('does not promise day-hospital care for chronic or socially significant diseases in 2027', () => {
    const day2027: readonly Service[] = servicesOn('2027-02-01', 'gobmp').filter((s) =>
      s.id.startsWith('gobmp-day-hospital'),
    );
    expect(day2027.map((s) => s.id)).to.deep.equal(['gobmp-day-hospital-2027']);
    expect(day2027[0]!.unconfirmed).to.equal(true);
    expect(day2027[0]!.source).to.equal(sources.LISTS_2027);
    // Its examples name a form of care, no disease.
    expect(day2027[0]!.examples).to.deep.equal(['home-hospital']);
  });

  it('keeps in the restated 2027 primary care the examples no source removes', () => {
    const primary: Service = servicesOn('2027-02-01', 'gobmp').find((s) => s.id === 'gobmp-primary-care-2027')!;
    expect(primary.examples).to.include.members([
      'first-visit',
      'pregnancy-follow-up',
      'infant-patronage',
      'vaccination',
    ]);
  });
});
