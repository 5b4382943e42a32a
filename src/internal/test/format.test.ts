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

describe('formatDay agrees with the browser’s own long dates', () => {
  afterEach(() => setLocale(null));

  for (const locale of ['en', 'ru', 'kk'] as const) {
    it(`in ${locale}, for a day of every month`, async () => {
      await setLocale(locale);
      const intl = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' });
      const month = intl.formatToParts(new Date(Date.UTC(2026, 0, 1))).find((p) => p.type === 'month')!.value;
      // Some builds lack Kazakh month names ("M01"); there the browser has nothing to compare with.
      const comparable = !/\d/.test(month);
      if (locale !== 'kk') expect(comparable, `${locale} month names`).to.equal(true);
      for (let m = 1; m <= 12; m++) {
        const iso = `2025-${String(m).padStart(2, '0')}-${String(m + 10).padStart(2, '0')}`;
        const ours = formatDay(iso);
        expect(ours).to.match(/\p{L}{3,}/u);
        if (comparable) expect(ours).to.equal(intl.format(new Date(`${iso}T00:00:00Z`)));
      }
    });
  }
});
