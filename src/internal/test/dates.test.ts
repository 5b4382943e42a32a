import { expect } from '@open-wc/testing';
import { parseIsoDate, todayIso } from '../dates.js';

describe('dates', () => {
  it('accepts real calendar days only', () => {
    expect(parseIsoDate('2026-01-01')).to.equal('2026-01-01');
    expect(parseIsoDate('2024-02-29')).to.equal('2024-02-29');
    expect(parseIsoDate('2025-02-29')).to.equal(undefined);
    expect(parseIsoDate('2026-13-01')).to.equal(undefined);
    expect(parseIsoDate('01.01.2026')).to.equal(undefined);
    expect(parseIsoDate('')).to.equal(undefined);
  });
  it('writes today in local time', () => {
    expect(todayIso(new Date(2026, 10, 26, 23, 59))).to.equal('2026-11-26');
    expect(todayIso(new Date(2020, 0, 1, 0, 0))).to.equal('2020-01-01');
  });
});
