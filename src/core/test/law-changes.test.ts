/**
 * Changes a future law could make, added to the data for the test as a law would add them:
 * the day the result says something changes must be the day the law takes effect, also in
 * the middle of a month, and a rate change is told to everyone who pays or has withheld
 * that contribution. (No such change lies within twelve months of today's data.)
 */
import { expect } from '@open-wc/testing';
import {
  CONTRIBUTIONS,
  MINIMUM_WAGE,
  assess,
  type Answers,
  type Contribution,
  type DatedValue,
  type IsoDate,
} from '../index.js';
import { citizen } from './citizen.js';

const DATE = '2026-11-26';
const changesOf = (answers: Answers, kind: string, date: IsoDate = DATE) =>
  assess(answers, { date }).changes.filter((c) => c.kind === kind);

/** Replaces the rows of a data list for one test, and puts them back after it. */
function withRows<T>(list: readonly T[], rows: (saved: T[]) => T[]): void {
  const mutable = list as T[];
  const saved = [...mutable];
  beforeEach(() => void mutable.splice(0, mutable.length, ...rows(saved)));
  afterEach(() => void mutable.splice(0, mutable.length, ...saved));
}

describe('a minimum wage set from the middle of a month', () => {
  withRows(MINIMUM_WAGE as DatedValue<number>[], (saved) =>
    saved.flatMap((row) =>
      row.until === '2026-12-31'
        ? [
            { ...row, until: '2026-12-14' },
            { ...row, since: '2026-12-15', value: 90_000 },
          ]
        : [row],
    ),
  );

  it('changes a self-payer’s monthly sum on that day, then again when the year’s wage ends', () => {
    expect(changesOf(citizen('informal', 'up-to-date'), 'amount')).to.deep.equal([
      {
        date: '2026-12-15',
        kind: 'amount',
        contribution: 'self-payer-contributions',
        from: 4250,
        to: 4500,
        unconfirmed: true,
      },
      { date: '2027-01-01', kind: 'amount', contribution: 'self-payer-contributions', from: 4500, unconfirmed: true },
    ]);
  });
});

describe('a minimum wage that ends in the middle of a month with none set after it', () => {
  withRows(MINIMUM_WAGE as DatedValue<number>[], (saved) =>
    saved.map((row) => (row.until === '2026-12-31' ? { ...row, until: '2026-12-14' } : row)),
  );

  it('says from the next day that the sum is not yet known', () => {
    expect(changesOf(citizen('informal', 'up-to-date'), 'amount')).to.deep.equal([
      { date: '2026-12-15', kind: 'amount', contribution: 'self-payer-contributions', from: 4250, unconfirmed: true },
    ]);
  });
});

describe('a new rate of a contribution the person pays or has withheld', () => {
  /** Each contribution in force on DATE gets a rate one point higher from 2027-01-01. */
  withRows(CONTRIBUTIONS as Contribution[], (saved) =>
    saved.flatMap((row) =>
      row.until === undefined && row.since <= DATE && row.payer !== 'state'
        ? [
            { ...row, until: '2026-12-31' },
            { ...row, since: '2027-01-01', rate: row.rate + 1 },
          ]
        : [row],
    ),
  );

  for (const [work, contribution, rate] of [
    ['gph', 'civil-contract-contributions', 2],
    ['platform', 'platform-contributions', 1],
    ['self-employed', 'ie-contributions', 5],
    ['informal', 'self-payer-contributions', 5],
  ] as const)
    it(`is told to a ${work} worker`, () => {
      expect(changesOf(citizen(work, 'up-to-date'), 'rate')).to.deep.equal([
        { date: '2027-01-01', kind: 'rate', contribution, from: rate, to: rate + 1, unconfirmed: true },
      ]);
    });
});

describe('a new rate of the single aggregate payment', () => {
  withRows(CONTRIBUTIONS as Contribution[], (saved) =>
    saved.flatMap((row) =>
      row.id === 'esp-payment'
        ? [
            { ...row, until: '2023-08-31' },
            { ...row, since: '2023-09-01', rate: 50 },
          ]
        : [row],
    ),
  );

  it('is told for each place it is paid in', () => {
    expect(changesOf(citizen('esp', 'up-to-date'), 'rate', '2023-06-01')).to.deep.equal([
      { date: '2023-09-01', kind: 'rate', contribution: 'esp-payment', from: 100, to: 50, unconfirmed: true },
      { date: '2023-09-01', kind: 'rate', contribution: 'esp-payment', from: 100, to: 50, unconfirmed: true },
    ]);
  });
});
