import { expect } from '@open-wc/testing';
import {
  CATEGORIES,
  CONDITIONS,
  KEPT_CARE,
  PROOFS,
  SERVICES,
  isOfficial,
  keptCareOn,
  servicesOn,
  sourceKind,
  sources,
  type ExampleId,
  type IsoDate,
  type PackageId,
} from '../index.js';

const ids = (date: IsoDate, pkg: PackageId | 'all' = 'all') => servicesOn(date, pkg).map((s) => s.id);
const examples = (date: IsoDate, pkg: PackageId) =>
  new Set<ExampleId>(servicesOn(date, pkg).flatMap((s) => ('examples' in s ? [...s.examples] : [])));

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

  it('shows diabetes and rheumatoid arthritis in GOBMP until 2025 and in OSMS from 2026, never in both', () => {
    for (const id of ['diabetes', 'rheumatoid-arthritis'] as const) {
      expect(examples('2025-06-01', 'gobmp').has(id), id).to.equal(true);
      expect(examples('2026-06-01', 'gobmp').has(id), id).to.equal(false);
      expect(examples('2026-06-01', 'osms').has(id), id).to.equal(true);
    }
    // Hypertension: OSMS follow-up; the 2027 GOBMP screenings only look for it.
    expect(examples('2025-06-01', 'gobmp').has('hypertension')).to.equal(false);
    expect(examples('2025-06-01', 'osms').has('hypertension')).to.equal(true);
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
    expect(y2026).to.include.members(['gobmp-primary-care', 'gobmp-specialized-outpatient-2026']);
    expect(y2026).not.to.include('gobmp-early-detection-screenings');
    expect(y2027).to.include.members([
      'gobmp-primary-care-2027',
      'gobmp-specialized-outpatient-2027',
      'gobmp-early-detection-screenings',
    ]);
    expect(y2027).not.to.include.members(['gobmp-primary-care', 'gobmp-specialized-outpatient-2026']);
    // The new screenings look for these diseases.
    expect([...examples('2027-02-01', 'gobmp')]).to.include.members(['hypertension', 'coronary-heart-disease', 'glaucoma']);
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

  it('keeps GOBMP for the uninsured at every date, and its services exist', () => {
    for (const date of ['2020-03-01', '2025-06-01', '2026-06-01', '2027-02-01']) {
      expect(keptCareOn(date, 'uninsured').map((c) => c.id), date).to.include('uninsured-gobmp');
    }
    const serviceIds = new Set<string>(SERVICES.map((s) => s.id));
    for (const care of KEPT_CARE) for (const s of 'services' in care ? care.services : []) expect(serviceIds.has(s), s).to.equal(true);
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
