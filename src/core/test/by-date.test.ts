/**
 * What depends on the day: steps and rules that start mid-year, the lists and kept care of
 * a day, the contributions of each period, the rules cited beside an outcome, and the
 * calendar helpers the window of "what changes" rests on.
 */
import { expect } from '@open-wc/testing';
import {
  CATEGORIES,
  CONDITIONS,
  KEPT_CARE_BY_STATUS,
  STATUSES,
  addMonths,
  answersFor,
  assess,
  categoriesOn,
  changeWithin,
  isIsoDate,
  keptCareOn,
  listGapsOn,
  nextDay,
  numberOn,
  type Answers,
  type IsoDate,
} from '../index.js';

const DATE = '2026-11-26';
const none = ['none'] as const;
const at = (answers: Answers, date: IsoDate = DATE) => assess({ 'paid-60-months': 'no', ...answers }, { date });
const lapsed = (residency: 'citizen' | 'kandas' | 'permit'): Answers => ({
  residency,
  categories: none,
  work: 'informal',
  'last-paid': 'over-6-months',
});
const eaeu = (lastPaid: NonNullable<Answers['last-paid']>): Answers => ({
  residency: 'visitor',
  'visitor-country': 'eaeu',
  'stay-purpose': 'work',
  work: 'employee',
  'last-paid': lastPaid,
});

describe('steps and rules from the day they start', () => {
  it('offers paying 12 months ahead from 5 September 2022', () => {
    expect(at(lapsed('citizen'), '2022-06-01').nextSteps).to.not.include('prepay-12-months');
    expect(at(lapsed('citizen'), '2022-10-01').nextSteps).to.include('prepay-12-months');
  });

  it('sends EAEU workers to attach with an insurance contract from 14 August 2023', () => {
    const before = at(eaeu('up-to-date'), '2023-06-01');
    expect(before.nextSteps).to.not.include('attach-with-insurance-contract');
    expect(before.rules).to.not.include('eaeu-attachment-contract');
    const after = at(eaeu('up-to-date'), '2023-09-01');
    expect(after.nextSteps[0]).to.equal('attach-with-insurance-contract');
    expect(after.rules).to.include('eaeu-attachment-contract');
  });

  it('names a residence permit’s insurance to a foreign student from 31 March 2025', () => {
    const student: Answers = { residency: 'visitor', 'visitor-country': 'other', 'stay-purpose': 'study' };
    expect(at(student, '2025-03-01').nextSteps).to.deep.equal(['emergency-103', 'voluntary-insurance']);
    expect(at(student, '2025-04-01').nextSteps).to.include('residence-permit-insurance');
  });
});

describe('the rules cited beside an outcome', () => {
  it('cites the residency’s entitlement: GOBMP for residents, equal rights for kandases and permit holders, limited care for visitors', () => {
    expect(at(lapsed('citizen')).rules).to.include('gobmp-residents');
    for (const residency of ['kandas', 'permit'] as const) {
      const result = at(lapsed(residency));
      expect(result.rules, residency).to.include('residents-equal-rights');
      // They take part in OSMS: joining by paying is offered.
      expect(result.canJoin, residency).to.equal(true);
    }
    expect(at({ residency: 'visitor', 'visitor-country': 'other', 'stay-purpose': 'visit' }).rules).to.include(
      'visitor-limited-care',
    );
  });

  it('cites the start of OSMS only for an insured status, and EAEU attachment only for EAEU workers', () => {
    expect(at(lapsed('citizen')).rules).to.not.include('osms-start');
    expect(at({ residency: 'citizen', categories: ['pensioner'] }).rules).to.include('osms-start');
    expect(at({ residency: 'citizen' }, '2019-06-01').rules).to.not.include('osms-start');
    expect(at(lapsed('citizen')).rules).to.not.include('eaeu-attachment-contract');
  });

  it('leaves an EAEU worker whose contributions stopped long ago emergency care, citing the diseases treated for all', () => {
    const stopped = at(eaeu('over-6-months'));
    expect(stopped.status).to.equal('emergency-only');
    expect(stopped.canJoin).to.equal(false);
    expect(stopped.rules).to.include.members(['no-gobmp-without-entitlement', 'dangerous-diseases-for-all']);
    expect(stopped.keptCare).to.deep.equal(['visitor-emergency', 'visitor-dangerous-diseases']);
  });
});

describe('the contributions of each period', () => {
  it('caps an employee’s and a contractor’s contributions at 10 minimum wages before 2026', () => {
    expect(
      at({ ...lapsed('citizen'), work: 'employee', 'last-paid': 'up-to-date' }, '2025-06-01').contributions,
    ).to.deep.equal([
      { id: 'employer-deductions', payer: 'employer', rate: 3, base: 'pay', capMinimumWages: 10, unconfirmed: true },
      { id: 'employee-contributions', payer: 'employee', rate: 2, base: 'pay', capMinimumWages: 10, unconfirmed: true },
    ]);
    expect(
      at({ ...lapsed('citizen'), work: 'gph', 'last-paid': 'up-to-date' }, '2025-06-01').contributions,
    ).to.deep.equal([
      {
        id: 'civil-contract-contributions',
        payer: 'gph',
        rate: 2,
        base: 'income',
        capMinimumWages: 10,
        unconfirmed: true,
      },
    ]);
  });

  it('raises the state’s rate for its groups to 2.2% of the average wage in 2027', () => {
    expect(at({ residency: 'citizen', categories: ['pensioner'] }, '2027-02-01').contributions).to.deep.equal([
      {
        id: 'state-contributions',
        payer: 'state',
        rate: 2.2,
        base: 'average-wage-two-years-before',
        unconfirmed: true,
      },
    ]);
  });
});

describe('the lists of a day', () => {
  it('lists the categories of every day from 2020 to 2027 in the order of that day’s official list', () => {
    // Every day, so that each list is worked out afresh and not only read back.
    for (let day: IsoDate = '2020-01-01'; day <= '2027-12-31'; day = nextDay(day)) {
      const numbers = categoriesOn(day).map((c) => numberOn(c, day) ?? Infinity);
      if (!numbers.every((n, i) => i === 0 || n > numbers[i - 1]!)) expect.fail(`${day}: ${numbers.join(',')}`);
    }
  });

  it('has every condition of who qualifies name someone: each belongs to a group', () => {
    const used = new Set(CATEGORIES.flatMap((c) => c.conditions));
    for (const condition of CONDITIONS) expect(used.has(condition.id), condition.id).to.equal(true);
  });

  it('says what is not yet known of both 2027 lists when no package is named', () => {
    expect(listGapsOn('2027-02-01').map((g) => g.id)).to.deep.equal([
      'gobmp-2027-partly-published',
      'osms-2027-not-published',
    ]);
  });

  it('keeps the uninsured their care and visitors theirs, each by the day', () => {
    expect(keptCareOn(DATE, 'visitor').map((c) => c.id)).to.deep.equal([
      'visitor-emergency',
      'visitor-dangerous-diseases',
    ]);
    expect(keptCareOn(DATE, 'uninsured').map((c) => c.id)).to.deep.equal([
      'uninsured-gobmp',
      'uninsured-socially-significant-2026',
    ]);
    expect(keptCareOn('2027-02-01', 'uninsured').map((c) => c.id)).to.deep.equal([
      'uninsured-gobmp-2027',
      'uninsured-socially-significant-2026',
    ]);
  });

  it('gives the care kept by each status that lacks GOBMP or OSMS, and none to the insured', () => {
    for (const s of STATUSES)
      expect(KEPT_CARE_BY_STATUS[s.id], s.id).to.deep.equal(s.keptCare.length ? s.keptCare : undefined);
    expect(Object.keys(KEPT_CARE_BY_STATUS)).to.have.members(['paid-care', 'emergency-only', 'not-insured']);
  });

  it('offers to check for oneself or for a child', () => {
    expect(answersFor('checking-for', DATE)).to.deep.equal(['self', 'child']);
  });
});

describe('calendar days', () => {
  it('gives the day after, across months, leap days and years', () => {
    expect(nextDay('2026-01-31')).to.equal('2026-02-01');
    expect(nextDay('2024-02-28')).to.equal('2024-02-29');
    expect(nextDay('2025-02-28')).to.equal('2025-03-01');
    expect(nextDay('2026-12-31')).to.equal('2027-01-01');
    expect(nextDay('2026-06-14')).to.equal('2026-06-15');
  });

  it('accepts a day written alone, nothing before or after it', () => {
    expect(isIsoDate('2026-01-01')).to.equal(true);
    expect(isIsoDate('x2026-01-01')).to.equal(false);
    expect(isIsoDate('2026-01-01x')).to.equal(false);
    expect(isIsoDate('2026-01-01T00:00')).to.equal(false);
  });

  it('finds what starts or ends within the window: a start on its last day counts, an end on it does not', () => {
    const end = addMonths(DATE, 12);
    expect(changeWithin({ since: end }, DATE)).to.deep.equal({ kind: 'starts', date: end });
    expect(changeWithin({ since: nextDay(end) }, DATE)).to.equal(undefined);
    expect(changeWithin({ since: DATE }, DATE)).to.equal(undefined);
    expect(changeWithin({ since: '2020-01-01', until: DATE }, DATE)).to.deep.equal({ kind: 'ends', date: DATE });
    expect(changeWithin({ since: '2020-01-01', until: end }, DATE)).to.equal(undefined);
    expect(changeWithin({ since: '2020-01-01', until: '2026-11-25' }, DATE)).to.equal(undefined);
    expect(changeWithin({ since: '2020-01-01' }, DATE)).to.equal(undefined);
    expect(changeWithin({ since: '2027-01-01' }, DATE, 1)).to.equal(undefined);
  });
});
