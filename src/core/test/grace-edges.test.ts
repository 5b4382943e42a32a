/**
 * Where the cover stands after gaps in payment, and when the change of status is told:
 * a short gap judged by the grace period of its year, an ESP payer's grace running out after
 * the ESP itself ended, and the transition of 2020.
 */
import { expect } from '@open-wc/testing';
import { assess } from '../index.js';
import { citizen } from './citizen.js';

describe('a self-payer paying again after missed months', () => {
  const SELF_EMPLOYED = citizen('self-employed', 'with-gaps');

  it('keeps the status in 2025 after two missed months, judged by the three-month grace period', () => {
    const result = assess({ ...SELF_EMPLOYED, 'months-missed': 'months-2' }, { date: '2025-06-01' });
    expect(result.status).to.equal('insured-contributions');
    expect(result.rules).to.include('self-payer-gaps-covered');
    expect(result.amounts.find((a) => a.id === 'missed-months')?.months).to.equal(2);
  });

  it('loses the status in 2025 after four to six missed months', () => {
    const result = assess({ ...SELF_EMPLOYED, 'months-missed': 'months-4-6' }, { date: '2025-06-01' });
    expect(result.status).to.equal('not-insured');
    expect(result.rules).to.include('self-payer-gaps');
  });
});

describe('an ESP payer in grace when the single aggregate payment ends', () => {
  // The ESP is no answer from 1 January 2024; the grace period of one who paid for October
  // 2023 still runs to the end of January.
  const ESP = citizen('esp', 'month-1');

  it('is told the status ends when the grace period runs out, not when the ESP ends', () => {
    const result = assess(ESP, { date: '2023-11-15' });
    expect([result.status, result.coveredUntil]).to.deep.equal(['insured-grace', '2024-01-31']);
    expect(result.changes.filter((c) => c.kind === 'status')).to.deep.equal([
      { date: '2024-02-01', kind: 'status', from: 'insured-grace', to: 'not-insured', unconfirmed: true },
    ]);
  });

  it('is told of no change of status while paying', () => {
    const result = assess({ ...ESP, 'last-paid': 'up-to-date' }, { date: '2023-11-15' });
    expect(result.status).to.equal('insured-contributions');
    expect(result.changes.filter((c) => c.kind === 'status')).to.deep.equal([]);
  });
});

describe('the end of the transition of 2020', () => {
  it('tells an employee of the change to insured by contributions, resting on confirmed rules', () => {
    const result = assess(citizen('employee', 'up-to-date'), { date: '2020-03-01' });
    expect([result.status, result.unconfirmedBy]).to.deep.equal(['insured-transition', []]);
    expect(result.changes.filter((c) => c.kind === 'status')).to.deep.equal([
      { date: '2020-07-01', kind: 'status', from: 'insured-transition', to: 'insured-contributions' },
    ]);
  });
});

describe('a kandas and the group of kandases who do not work', () => {
  const date = '2026-06-01';

  it('puts a kandas who does not work in the group, ticked or not', () => {
    const result = assess({ residency: 'kandas', categories: ['none'], work: 'not-working' }, { date });
    expect([result.status, result.categories]).to.deep.equal(['insured-state', ['kandas-nonworking']]);
  });

  it('does not put a working kandas in it', () => {
    const result = assess(
      { residency: 'kandas', categories: ['none'], work: 'employee', 'last-paid': 'up-to-date' },
      { date },
    );
    expect([result.status, result.categories]).to.deep.equal(['insured-contributions', []]);
  });

  it('keeps a kandas pensioner in the pensioners’ group only', () => {
    const result = assess({ residency: 'kandas', categories: ['pensioner'] }, { date });
    expect(result.categories).to.deep.equal(['pensioner']);
    expect(result.reasons).to.deep.equal(['residency:kandas', 'categories:pensioner']);
  });
});
