/**
 * What an outcome names besides its status: the conditions it holds under, the facts not
 * confirmed, the care kept without insurance, the rules cited, and what changes in the
 * next 12 months, on the day it changes.
 */
import { expect } from '@open-wc/testing';
import {
  IncompleteAnswersError,
  STATUSES,
  STATUS_ORDER,
  assess,
  categoriesOn,
  coverageRank,
  nextQuestion,
  questionsFor,
  type Answers,
  type Change,
  type IsoDate,
} from '../index.js';
import { citizen } from './citizen.js';

const DATE = '2026-11-26';
const none = ['none'] as const;
const at = (answers: Answers, date: IsoDate = DATE) => assess(answers, { date });
const notServices = (changes: readonly Change[]) => changes.filter((c) => !c.kind.startsWith('service'));

describe('the conditions a status holds under', () => {
  it('names none for someone in no group, and “while not working” only when every group needs it', () => {
    expect(at(citizen('employee', 'up-to-date')).conditions).to.deep.equal([]);
    expect(at({ residency: 'citizen', categories: ['pensioner'] }).conditions).to.deep.equal([]);
    expect(at({ residency: 'citizen', categories: ['pregnant-nonworking'] }).conditions).to.deep.equal([
      'while-not-working',
    ]);
  });

  it('adds the welfare level’s own conditions when it is one of the groups, and flags the one not confirmed', () => {
    const crisis = at({ residency: 'citizen', categories: ['crisis-welfare-level', 'unemployed-registered'] });
    expect(crisis.payer).to.equal('local');
    expect(crisis.conditions).to.deep.equal([
      'while-not-working',
      'attached-to-polyclinic',
      'charged-when-seeking-care',
    ]);
    expect(crisis.unconfirmedBy).to.deep.equal(['condition:attached-to-polyclinic']);
    expect(crisis.rules).to.include('local-budget-categories');
    const unemployed = at({ residency: 'citizen', categories: ['unemployed-registered'] });
    expect(unemployed.conditions).to.deep.equal(['while-not-working']);
    expect(unemployed.unconfirmedBy).to.deep.equal([]);
  });
});

describe('groups that need not working', () => {
  // Law 405-V art. 26 names these groups as people who do not work ("неработающие"), and
  // the registered unemployed; order ҚР ДСМ-18 added non-working carers of a person with
  // group I disability and non-working people under house arrest (see docs/rules-research.md).
  const NOT_WORKING_GROUPS = [
    'unemployed-registered',
    'pregnant-nonworking',
    'parent-under3',
    'carer-disabled-child',
    'carer-disability-group1',
    'house-arrest',
    'kandas-nonworking',
    'social-assistance',
    'crisis-welfare-level',
  ];

  it('holds the status of exactly those groups only while the person does not work', () => {
    const held: string[] = [];
    for (const c of categoriesOn(DATE)) {
      const residency = c.residency.includes('citizen') ? 'citizen' : c.residency[0]!;
      const result = at({ residency, categories: [c.id] });
      expect(result.status, c.id).to.equal('insured-state');
      if (result.conditions.includes('while-not-working')) held.push(c.id);
    }
    expect(held).to.have.members(NOT_WORKING_GROUPS);
  });
});

describe('groups and residency', () => {
  it('does not put a kandas who works in the non-working kandases’ group, and keeps the group a kandas ticked', () => {
    const employee = at({ residency: 'kandas', categories: none, work: 'employee', 'last-paid': 'up-to-date' });
    expect(employee.status).to.equal('insured-contributions');
    expect(employee.categories).to.deep.equal([]);
    const pregnant = at({ residency: 'kandas', categories: ['pregnant-nonworking'] });
    expect(pregnant.categories).to.deep.equal(['pregnant-nonworking']);
  });

  it('cites departmental care when one of the groups is served by its own medical units, and the republican budget wins over an exemption', () => {
    const both = at({ residency: 'citizen', categories: ['military', 'disability'] });
    expect(both.rules).to.include('departmental-care');
    expect(both.payer).to.equal('republican');
    expect(at({ residency: 'citizen', categories: ['disability'] }).rules).to.not.include('departmental-care');
  });

  it('gives the working-pensioner step to a pensioner in another group too', () => {
    expect(at({ residency: 'citizen', categories: ['pensioner', 'disability'] }).nextSteps).to.include(
      'working-pensioner',
    );
  });

  it('knows no EAEU worker before OSMS: an EAEU citizen who came to work in 2019 had emergency care only', () => {
    const eaeu = at({ residency: 'visitor', 'visitor-country': 'eaeu', 'stay-purpose': 'work' }, '2019-06-01');
    expect(eaeu.status).to.equal('emergency-only');
    expect(eaeu.packages).to.deep.equal([]);
  });
});

describe('what is not confirmed, and the rules that decide', () => {
  it('names the rules a status rests on for the work: the self-employed regime’s, not a contractor’s', () => {
    expect(at(citizen('self-employed-regime', 'up-to-date')).unconfirmedBy).to.deep.equal([
      'rule:self-payer-current',
      'rule:self-employed-regime-contributions',
    ]);
    expect(at(citizen('informal', 'up-to-date')).unconfirmedBy).to.deep.equal(['rule:self-payer-current']);
  });

  it('names a refugee’s entitlement, which is not confirmed, as deciding', () => {
    const refugee = at({ residency: 'refugee', categories: none, work: 'not-working', 'last-paid': 'never' });
    expect(refugee.unconfirmedBy).to.deep.equal(['rule:refugee-gobmp-only']);
  });

  it('names the budget of service staff as not confirmed, before 2026 as after', () => {
    expect(at({ residency: 'citizen', categories: ['military'] }, '2025-06-01').unconfirmedBy).to.deep.equal([
      'budget:military',
    ]);
    expect(at({ residency: 'citizen', categories: ['military'] }).unconfirmedBy).to.deep.equal([
      'rule:service-staff-exempt',
      'budget:military',
    ]);
  });
});

describe('the care kept without insurance', () => {
  it('names the GOBMP of the rules date: the 2027 list from 2027', () => {
    const lapsed = citizen('informal', 'over-6-months');
    expect(at(lapsed).keptCare).to.deep.equal(['uninsured-gobmp', 'uninsured-socially-significant-2026']);
    expect(at(lapsed, '2027-02-01').keptCare).to.deep.equal([
      'uninsured-gobmp-2027',
      'uninsured-socially-significant-2026',
    ]);
  });
});

describe('sums when the minimum wage is not yet known', () => {
  it('names the rate and the base but no tenge in 2027, before the budget law sets the wage', () => {
    const lapsed = at(citizen('informal', 'over-6-months'), '2027-02-01');
    expect(lapsed.amounts).to.deep.equal([
      {
        id: 'monthly',
        contribution: 'self-payer-contributions',
        months: 1,
        rate: 5,
        baseMultiple: 1,
        unconfirmed: true,
      },
      {
        id: 'twelve-months',
        contribution: 'self-payer-contributions',
        months: 12,
        rate: 5,
        baseMultiple: 1,
        unconfirmed: true,
      },
    ]);
    const gaps = at({ ...citizen('informal', 'with-gaps'), 'months-missed': 'months-4-6' }, '2027-02-01');
    const missed = gaps.amounts.find((a) => a.id === 'missed-months')!;
    expect(missed).to.deep.equal({
      id: 'missed-months',
      contribution: 'self-payer-contributions',
      months: 4,
      monthsUpTo: 6,
      rate: 5,
      baseMultiple: 1,
      unconfirmed: true,
    });
  });

  it('asks twelve months only of a self-payer: an entrepreneur past grace pays a month at a time', () => {
    const ie = at({ ...citizen('self-employed', 'month-5'), 'paid-60-months': 'no' });
    expect(ie.status).to.equal('not-insured');
    expect(ie.amounts.map((a) => a.id)).to.deep.equal(['monthly']);
    const inGrace = at({ ...citizen('informal', 'month-1'), 'paid-60-months': 'no' });
    expect(inGrace.amounts.map((a) => a.id)).to.deep.equal(['monthly', 'keep-cover']);
  });
});

describe('the contributions, whole', () => {
  it('gives an employee’s two shares with their caps and no fixed sum or place', () => {
    expect(at(citizen('employee', 'up-to-date')).contributions).to.deep.equal([
      { id: 'employer-deductions', payer: 'employer', rate: 3, base: 'pay', capMinimumWages: 40, unconfirmed: true },
      { id: 'employee-contributions', payer: 'employee', rate: 2, base: 'pay', capMinimumWages: 20, unconfirmed: true },
    ]);
  });

  it('gives the single aggregate payment by place, in MRP, with no amounts in minimum wages', () => {
    const esp = at(citizen('esp', 'up-to-date'), '2023-06-01');
    expect(esp.contributions).to.deep.equal([
      {
        id: 'esp-payment',
        payer: 'esp',
        rate: 100,
        base: 'mrp',
        baseMultiple: 1,
        place: 'city',
        monthly: 3450,
        unconfirmed: true,
      },
      {
        id: 'esp-payment',
        payer: 'esp',
        rate: 100,
        base: 'mrp',
        baseMultiple: 0.5,
        place: 'elsewhere',
        monthly: 1725,
        unconfirmed: true,
      },
    ]);
    expect(esp.amounts).to.deep.equal([]);
  });
});

describe('what changes in the next 12 months', () => {
  it('says when the budget that pays changes, flagged when the new budget is not confirmed', () => {
    expect(notServices(at({ residency: 'citizen', categories: ['military'] }, '2025-06-01').changes)).to.deep.equal([
      { date: '2026-01-01', kind: 'payer', from: 'republican', to: 'exempt', unconfirmed: true },
    ]);
    expect(
      notServices(at({ residency: 'citizen', categories: ['unemployed-registered'] }, '2025-06-01').changes),
    ).to.deep.equal([{ date: '2026-01-01', kind: 'payer', from: 'republican', to: 'local' }]);
  });

  it('says how the monthly sum changes with the minimum wage, and that it is not yet known for 2027', () => {
    expect(at(citizen('informal', 'up-to-date'), '2023-06-01').changes).to.deep.equal([
      {
        date: '2024-01-01',
        kind: 'amount',
        contribution: 'self-payer-contributions',
        from: 3500,
        to: 4250,
        unconfirmed: true,
      },
    ]);
    expect(notServices(at(citizen('informal', 'up-to-date')).changes)).to.deep.equal([
      { date: '2027-01-01', kind: 'amount', contribution: 'self-payer-contributions', from: 4250, unconfirmed: true },
    ]);
  });

  it('says the services the 2026 lists add on 1 January, and the end of the cover the month after it runs out', () => {
    const ie = at(citizen('self-employed', 'month-1'), '2025-11-15');
    // Last paid October 2025: three months of grace, to the end of January.
    expect(ie.coveredUntil).to.equal('2026-01-31');
    const added = ie.changes.filter((c) => c.kind === 'service-added');
    expect(added.map((c) => [c.date, c.kind === 'service-added' && c.service])).to.deep.equal([
      ['2026-01-01', 'gobmp-socially-significant-diseases'],
      ['2026-01-01', 'osms-chronic-diseases-2026'],
    ]);
    expect(added.every((c) => c.unconfirmed === true)).to.equal(true);
    expect(notServices(ie.changes)).to.deep.equal([
      { date: '2026-02-01', kind: 'status', from: 'insured-grace', to: 'not-insured', unconfirmed: true },
    ]);
  });

  it('ends the grace of a single aggregate payer on time, though the answer is no longer offered after 2023', () => {
    const esp = at(citizen('esp', 'month-1'), '2023-11-15');
    expect(esp.coveredUntil).to.equal('2024-01-31');
    expect(esp.changes).to.deep.equal([
      { date: '2024-02-01', kind: 'status', from: 'insured-grace', to: 'not-insured', unconfirmed: true },
    ]);
  });
});

describe('never paid, or stopped long ago', () => {
  it('tells one who stopped paying over six months ago to pay the missed months, not one who never paid', () => {
    expect(at(citizen('informal', 'over-6-months')).nextSteps).to.include('pay-arrears');
    const never = at(citizen('informal', 'never'));
    expect(never.status).to.equal('not-insured');
    expect(never.nextSteps).to.not.include('pay-arrears');
    expect(never.nextSteps).to.include.members(['pay-self-payer', 'prepay-12-months']);
  });

  it('offers no joining before OSMS began', () => {
    const early = at({ residency: 'citizen' }, '2019-06-01');
    expect(early.status).to.equal('not-insured');
    expect(early.canJoin).to.equal(false);
  });

  it('tells a single aggregate payer paying up to date of no lapse when that payment ends with 2023', () => {
    // The path cannot be walked in 2024 (the answer is no longer offered): no change is made up.
    expect(at(citizen('esp', 'up-to-date'), '2023-06-01').changes).to.deep.equal([]);
  });
});

describe('questions still to come', () => {
  it('asks how many months were paid in a row only while the longer grace period would still run', () => {
    const answers = { ...citizen('informal', 'month-6') };
    expect(nextQuestion(answers, { date: DATE })).to.equal('paid-60-months');
    expect(questionsFor({ residency: 'citizen', categories: none, work: 'informal' }, { date: DATE })).to.deep.equal([
      'residency',
      'categories',
      'work',
      'last-paid',
      'months-missed',
      'paid-60-months',
    ]);
  });

  it('never counts groups or work for a child, whatever the residency turns out to be', () => {
    const ahead = questionsFor({ 'checking-for': 'child' }, { date: DATE });
    expect(ahead).to.not.include('categories');
    expect(ahead).to.not.include('work');
    expect(ahead.slice(0, 2)).to.deep.equal(['checking-for', 'residency']);
  });

  it('does not read a purpose a child is not offered as a visit', () => {
    expect(() =>
      at({ 'checking-for': 'child', residency: 'visitor', 'visitor-country': 'other', 'stay-purpose': 'work' }),
    )
      .to.throw(IncompleteAnswersError)
      .with.property('missing', 'stay-purpose');
  });

  it('does not give a reason “for myself”: the check is about the reader unless it says a child', () => {
    const self = at({ 'checking-for': 'self', residency: 'citizen', categories: ['pensioner'] });
    expect(self.reasons).to.deep.equal(['residency:citizen', 'categories:pensioner']);
  });
});

describe('the order of the statuses', () => {
  it('ranks every status once, from paid care up to the state paying', () => {
    expect([...STATUS_ORDER].sort()).to.deep.equal(STATUSES.map((s) => s.id).sort());
    const rank = coverageRank;
    expect(rank('paid-care')).to.equal(0);
    expect(rank('paid-care')).to.be.lessThan(rank('emergency-only'));
    expect(rank('emergency-only')).to.be.lessThan(rank('not-insured'));
    expect(rank('not-insured')).to.be.lessThan(rank('insured-grace'));
    expect(rank('insured-grace')).to.be.lessThan(rank('insured-contributions'));
    expect(rank('insured-contributions')).to.be.lessThan(rank('insured-state'));
  });
});
