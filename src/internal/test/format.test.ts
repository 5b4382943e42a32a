import { expect } from '@open-wc/testing';
import { formatDay } from '../format.js';
import { setLocale } from '../locale.js';

describe('formatDay', () => {
  afterEach(() => setLocale(null));

  for (const [locale, expected] of [
    ['kk', '2026 ж. 1 қаңтар'],
    ['ru', '1 января 2026 г.'],
    ['en', 'January 1, 2026'],
  ] as const) {
    it(`writes a day in full in ${locale}, with month names`, async () => {
      await setLocale(locale);
      expect(formatDay('2026-01-01')).to.equal(expected);
    });
  }
});
