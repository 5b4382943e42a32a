import { expect } from '@open-wc/testing';
import { DATA_HORIZON, RULES_REVIEWED, isIsoDate, isPastHorizon, servicesOn, categoriesOn } from '../index.js';

describe('how current the data is', () => {
  it('is past the horizon from the day after it, and never on or before it', () => {
    expect(isPastHorizon(DATA_HORIZON)).to.equal(false);
    expect(isPastHorizon('2027-12-31')).to.equal(false);
    expect(isPastHorizon('2026-11-26')).to.equal(false);
    expect(isPastHorizon('2016-01-01')).to.equal(false);
    expect(isPastHorizon('2028-01-01')).to.equal(true);
    expect(isPastHorizon('2031-06-30')).to.equal(true);
  });

  it('was reviewed on a real day, before its horizon, and knows the rules in force on both', () => {
    expect(isIsoDate(RULES_REVIEWED) && isIsoDate(DATA_HORIZON)).to.equal(true);
    expect(RULES_REVIEWED < DATA_HORIZON).to.equal(true);
    for (const date of [RULES_REVIEWED, DATA_HORIZON]) {
      expect(servicesOn(date).length, `services on ${date}`).to.be.greaterThan(0);
      expect(categoriesOn(date).length, `categories on ${date}`).to.be.greaterThan(0);
    }
  });
});
