import { expect } from '@open-wc/testing';
import { inForce, isIsoDate, today } from '../dates.js';

describe('dates', () => {
  it('accepts real calendar days only', () => {
    expect(isIsoDate('2026-01-01')).to.equal(true);
    expect(isIsoDate('2024-02-29')).to.equal(true);
    for (const bad of ['2025-02-29', '2026-13-01', '01.01.2026', '', '2026-1-1', 20260101, null]) {
      expect(isIsoDate(bad), String(bad)).to.equal(false);
    }
  });
  it('writes today in local time', () => {
    expect(today(new Date(2026, 10, 26, 23, 59))).to.equal('2026-11-26');
    expect(today(new Date(2020, 0, 1, 0, 0))).to.equal('2020-01-01');
  });
  it('counts since and until as inclusive', () => {
    const item = { since: '2019-01-01', until: '2023-12-31' };
    expect(inForce(item, '2019-01-01')).to.equal(true);
    expect(inForce(item, '2023-12-31')).to.equal(true);
    expect(inForce(item, '2018-12-31')).to.equal(false);
    expect(inForce(item, '2024-01-01')).to.equal(false);
  });
});
