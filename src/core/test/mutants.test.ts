/**
 * Two behaviours of the assessment that bugs planted in engine.ts once changed without any
 * test noticing: which budget is named as the payer when several state-paid groups apply,
 * and a change of the contribution rate a person pays or has withheld.
 */
import { expect } from '@open-wc/testing';
import { CONTRIBUTIONS, assess, type Answers, type Contribution } from '../index.js';

const IN_2026 = { date: '2026-06-01' };

describe('the budget named as the payer when several state-paid groups apply', () => {
  // In 2026 the registered unemployed are paid for by the local budget (art. 26-1), a
  // pregnant woman who does not work by the republican one.
  const UNEMPLOYED: Answers = { residency: 'citizen', categories: ['unemployed-registered'] };
  const UNEMPLOYED_AND_PREGNANT: Answers = {
    residency: 'citizen',
    categories: ['unemployed-registered', 'pregnant-nonworking'],
  };

  it('names the local budget when only a local group applies', () => {
    const result = assess(UNEMPLOYED, IN_2026);
    expect([result.status, result.payer]).to.deep.equal(['insured-state', 'local']);
    expect(result.rules).to.include('local-budget-categories');
  });

  it('names the republican budget over a local one, in whatever order the groups are ticked', () => {
    for (const categories of [
      ['unemployed-registered', 'pregnant-nonworking'],
      ['pregnant-nonworking', 'unemployed-registered'],
    ] as const) {
      const result = assess({ ...UNEMPLOYED_AND_PREGNANT, categories: [...categories] }, IN_2026);
      expect(result.categories, 'both groups apply').to.have.members(['unemployed-registered', 'pregnant-nonworking']);
      expect(result.payer, categories.join(' + ')).to.equal('republican');
      expect(result.rules).not.to.include('local-budget-categories');
    }
  });

  it('tells of no change of payer on 1 January 2026 when the republican budget still pays', () => {
    const { changes } = assess(UNEMPLOYED_AND_PREGNANT, { date: '2025-06-01' });
    expect(changes.filter((c) => c.kind === 'payer')).to.deep.equal([]);
    // Alone, the registered unemployed do change payer that day.
    expect(assess(UNEMPLOYED, { date: '2025-06-01' }).changes.filter((c) => c.kind === 'payer')).to.deep.equal([
      { date: '2026-01-01', kind: 'payer', from: 'republican', to: 'local' },
    ]);
  });

  it('says "exempt" only when no budget pays: a pensioner who also serves has the state pay', () => {
    const serving = assess({ residency: 'citizen', categories: ['military'] }, IN_2026);
    expect([serving.payer, serving.contributions]).to.deep.equal(['exempt', []]);
    const both = assess({ residency: 'citizen', categories: ['pensioner', 'military'] }, IN_2026);
    expect(both.categories).to.have.members(['pensioner', 'military']);
    expect(both.payer).to.equal('republican');
    expect(both.contributions.map((c) => [c.id, c.payer])).to.deep.equal([['state-contributions', 'state']]);
  });
});

describe('a change of the rate a person pays or has withheld', () => {
  // No such rate changes within the data's twelve months (only the state's own rate does,
  // in 2027, which the people it pays for are not told). The test adds one as a law would:
  // employees' contributions from 2 % to 3 % on 1 January 2027.
  const rows = CONTRIBUTIONS as Contribution[];
  const saved = [...rows];
  before(() => {
    const at = rows.findIndex((c) => c.id === 'employee-contributions' && c.since === '2026-01-01');
    expect(rows[at]!.rate, 'the 2026 rate of employees').to.equal(2);
    rows.splice(at, 1, { ...rows[at]!, until: '2026-12-31' }, { ...rows[at]!, since: '2027-01-01', rate: 3 });
  });
  after(() => {
    rows.splice(0, rows.length, ...saved);
  });

  const EMPLOYEE: Answers = { residency: 'citizen', categories: ['none'], work: 'employee', 'last-paid': 'up-to-date' };

  it('is told to an employee, who has the contributions withheld, with the day and both rates', () => {
    const { contributions, changes } = assess(EMPLOYEE, { date: '2026-12-04' });
    expect(contributions.find((c) => c.id === 'employee-contributions')?.rate).to.equal(2);
    expect(changes.filter((c) => c.kind === 'rate')).to.deep.equal([
      {
        date: '2027-01-01',
        kind: 'rate',
        contribution: 'employee-contributions',
        from: 2,
        to: 3,
        unconfirmed: true,
      },
    ]);
    expect(
      assess(EMPLOYEE, { date: '2027-01-01' }).contributions.find((c) => c.id === 'employee-contributions')?.rate,
    ).to.equal(3);
  });

  it('is told only within the twelve months ahead, and not to a pensioner the state pays for', () => {
    expect(assess(EMPLOYEE, { date: '2025-12-31' }).changes.filter((c) => c.kind === 'rate')).to.deep.equal([]);
    const pensioner = assess({ residency: 'citizen', categories: ['pensioner'] }, { date: '2026-12-04' });
    expect(pensioner.changes.filter((c) => c.kind === 'rate')).to.deep.equal([]);
  });
});
