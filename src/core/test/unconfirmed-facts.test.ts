/**
 * Which facts behind a result are marked as not confirmed by an official text: the rate of a
 * contribution and the minimum wage its sum comes from, and the rule of a residency's
 * entitlement, only on the days that rule is in force.
 */
import { expect } from '@open-wc/testing';
import { CONTRIBUTIONS, assess, type Contribution } from '../index.js';
import { citizen } from './citizen.js';

describe('a contribution marked as not confirmed', () => {
  // Every rate in the data is still unconfirmed; the tests confirm one as an official text would.
  const rows = CONTRIBUTIONS as Contribution[];
  const saved = [...rows];
  const confirm = (id: string, since: string) => {
    const at = rows.findIndex((c) => c.id === id && c.since === since);
    expect(rows[at]!.unconfirmed, `${id} is unconfirmed in the data`).to.equal(true);
    const confirmed: Contribution = { ...rows[at]! };
    delete confirmed.unconfirmed;
    rows.splice(at, 1, confirmed);
  };
  beforeEach(() => {
    confirm('employee-contributions', '2023-01-01');
    confirm('employer-deductions', '2023-01-01');
    confirm('self-payer-contributions', '2023-01-01');
  });
  afterEach(() => {
    rows.splice(0, rows.length, ...saved);
  });

  const EMPLOYEE = citizen('employee', 'up-to-date');
  const NOT_WORKING = citizen('not-working', 'never');

  it('is not marked when its rate is confirmed and its base is the pay, not the minimum wage', () => {
    const { contributions } = assess(EMPLOYEE, { date: '2025-06-01' });
    expect(contributions.map((c) => [c.id, c.unconfirmed])).to.deep.equal([
      ['employer-deductions', undefined],
      ['employee-contributions', undefined],
    ]);
  });

  it('is marked, with the sums from it, when the minimum wage it is computed from is not confirmed', () => {
    const { contributions, amounts } = assess(NOT_WORKING, { date: '2025-06-01' });
    expect(contributions.map((c) => [c.id, c.monthly, c.unconfirmed])).to.deep.equal([
      ['self-payer-contributions', 4250, true],
    ]);
    expect(amounts.map((a) => [a.id, a.unconfirmed])).to.deep.equal([
      ['monthly', true],
      ['twelve-months', true],
    ]);
  });

  it('is not marked when no minimum wage is known yet for the year: there is no sum to doubt', () => {
    const { contributions } = assess(NOT_WORKING, { date: '2027-03-01' });
    expect(contributions.map((c) => [c.id, c.monthly, c.unconfirmed])).to.deep.equal([
      ['self-payer-contributions', undefined, undefined],
    ]);
  });
});

describe('the rule of a residency’s entitlement among the unconfirmed facts', () => {
  // That a refugee has GOBMP and no OSMS rests on the guarantees programme, not confirmed;
  // the rule is in force from 2020.
  it('is named for a refugee once it is in force', () => {
    const result = assess({ residency: 'refugee' }, { date: '2021-06-01' });
    expect(result.status).to.equal('not-insured');
    expect(result.unconfirmedBy).to.deep.equal(['rule:refugee-gobmp-only']);
  });

  it('is not named before it is in force', () => {
    const result = assess({ residency: 'refugee' }, { date: '2019-06-01' });
    expect(result.rules).not.to.include('refugee-gobmp-only');
    expect(result.unconfirmedBy).to.deep.equal([]);
  });
});
