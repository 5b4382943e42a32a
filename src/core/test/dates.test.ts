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
  it('accepts the years 0000 to 0099 as the days they are', () => {
    for (const early of ['0000-01-01', '0001-06-15', '0099-12-31', '0004-02-29']) {
      expect(isIsoDate(early), early).to.equal(true);
    }
    expect(isIsoDate('0001-02-29'), 'not a leap year').to.equal(false);
    expect(isIsoDate('0000-02-29'), 'year 0 is a leap year (proleptic Gregorian)').to.equal(true);
  });
  it("writes today as the date in Kazakhstan, whatever the device's time zone", () => {
    const at = (iso: string) => new Date(iso);
    // UTC+5 since 1 March 2024: 19:30 UTC on 31 December is already 00:30 on 1 January.
    expect(today(at('2026-12-31T19:30:00Z'))).to.equal('2027-01-01');
    expect(today(at('2026-12-31T18:59:59Z'))).to.equal('2026-12-31');
    expect(today(at('2026-11-26T00:00:00Z'))).to.equal('2026-11-26');
    // Pacific/Kiritimati (UTC+14) is on 1 January while Kazakhstan is not yet.
    expect(today(at('2027-01-01T00:30:00+14:00'))).to.equal('2026-12-31');
    // Before: Almaty's UTC+6. At 00:00 on 1 March 2024 (+06) the clocks went back to 23:00 on 29 February (+05).
    expect(today(at('2024-02-28T18:00:00Z')), 'UTC+6 before the change').to.equal('2024-02-29');
    expect(today(at('2024-02-29T17:59:59Z'))).to.equal('2024-02-29');
    expect(today(at('2024-02-29T18:30:00Z')), '23:30 again, now at UTC+5').to.equal('2024-02-29');
    expect(today(at('2024-02-29T19:00:00Z'))).to.equal('2024-03-01');
    expect(today(at('2019-12-31T18:00:00Z'))).to.equal('2020-01-01');
  });
  it('agrees with the Asia/Almaty zone of the browser, hour by hour across the change of 2024', () => {
    const parts = new Intl.DateTimeFormat('en', {
      timeZone: 'Asia/Almaty',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    });
    // By parts: engines write the whole date in different orders ('en-CA' is not ISO in WebKit).
    const almaty = {
      format: (t: number) => {
        const p = Object.fromEntries(parts.formatToParts(t).map((part) => [part.type, part.value]));
        return `${p.year}-${p.month}-${p.day}`;
      },
    };
    // A browser whose zone data predates the change (WebKitGTK's here) still puts Almaty at
    // UTC+6 after 1 March 2024, an hour ahead: the reason today() does not ask the browser.
    // Its answer is then compared an hour back.
    const knowsChange = almaty.format(Date.UTC(2024, 5, 1, 18, 30)) === '2024-06-01';
    const change = Date.UTC(2024, 1, 29, 18);
    const engine = (t: number) => almaty.format(knowsChange || t < change ? t : t - 3_600_000);
    for (let t = Date.UTC(2024, 1, 20); t < Date.UTC(2024, 2, 10); t += 30 * 60_000) {
      expect(today(new Date(t)), new Date(t).toISOString()).to.equal(engine(t));
    }
    for (let t = Date.UTC(2026, 11, 30); t < Date.UTC(2027, 0, 2); t += 30 * 60_000) {
      expect(today(new Date(t)), new Date(t).toISOString()).to.equal(engine(t));
    }
  });
  it('counts since and until as inclusive', () => {
    const item = { since: '2019-01-01', until: '2023-12-31' };
    expect(inForce(item, '2019-01-01')).to.equal(true);
    expect(inForce(item, '2023-12-31')).to.equal(true);
    expect(inForce(item, '2018-12-31')).to.equal(false);
    expect(inForce(item, '2024-01-01')).to.equal(false);
  });
});
