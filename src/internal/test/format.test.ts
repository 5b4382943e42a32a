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

// The month names the widgets write, checked whatever the browser knows.
const KAZAKH_MONTHS = [
  'қаңтар',
  'ақпан',
  'наурыз',
  'сәуір',
  'мамыр',
  'маусым',
  'шілде',
  'тамыз',
  'қыркүйек',
  'қазан',
  'қараша',
  'желтоқсан',
];

describe('formatDay in Kazakh, for a day of every month', () => {
  afterEach(() => setLocale(null));

  it('writes "2025 ж. D month" with the Kazakh month names', async () => {
    await setLocale('kk');
    for (let m = 1; m <= 12; m++) {
      expect(formatDay(`2025-${String(m).padStart(2, '0')}-${String(m + 10).padStart(2, '0')}`)).to.equal(
        `2025 ж. ${m + 10} ${KAZAKH_MONTHS[m - 1]}`,
      );
    }
  });
});

describe('formatDay agrees with the browser’s own long dates', () => {
  afterEach(() => setLocale(null));

  for (const locale of ['en', 'ru', 'kk'] as const) {
    const intl = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' });
    const month = intl.formatToParts(new Date(Date.UTC(2026, 0, 1))).find((p) => p.type === 'month')!.value;
    // Some builds of the browsers lack Kazakh month names (they write "M01"); the test says
    // so in its title, and the Kazakh list above is then the only check.
    const named = !/\d/.test(month);
    const title = named
      ? `in ${locale}, for a day of every month`
      : `in ${locale}: this browser has no month names ("${month}"), so the widget writes its own`;
    it(title, async () => {
      if (locale !== 'kk') expect(named, `${locale} month names`).to.equal(true);
      await setLocale(locale);
      for (let m = 1; m <= 12; m++) {
        const iso = `2025-${String(m).padStart(2, '0')}-${String(m + 10).padStart(2, '0')}`;
        const ours = formatDay(iso);
        expect(ours).to.match(/\p{L}{3,}/u);
        if (named) expect(ours).to.equal(intl.format(new Date(`${iso}T00:00:00Z`)));
        else expect(ours).not.to.equal(intl.format(new Date(`${iso}T00:00:00Z`)));
      }
    });
  }
});
