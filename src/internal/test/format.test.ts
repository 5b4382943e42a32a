import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { formatDay, formatMonth } from '../format.js';
import { setLocale } from '../locale.js';

const LOCALES = ['kk', 'ru', 'en'] as const;

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

const pad = (n: number) => String(n).padStart(2, '0');
/** A day of every month, each on another day of the month, and the ends of the years the data spans. */
const DAYS = [
  ...Array.from({ length: 12 }, (_, i) => `2025-${pad(i + 1)}-${pad(i + 11)}`),
  '2020-01-01',
  '2024-02-29',
  '2027-12-31',
];

/** The long date (`dateStyle: 'long'`) or the month and year of each day, as Intl writes them. */
const LONG_DATE: Intl.DateTimeFormatOptions = { dateStyle: 'long' };
const MONTH_YEAR: Intl.DateTimeFormatOptions = { year: 'numeric', month: 'long' };

/** What Node's Intl (full ICU, on the test server: see web-test-runner.config.mjs) writes. */
function nodeIntl(locale: string, options: Intl.DateTimeFormatOptions, dates: string[]): Promise<string[]> {
  return executeServerCommand<string[], object>('intl-date', { locale, options, dates }) as Promise<string[]>;
}

/** What this browser's Intl writes, or `undefined` when its build has no month names for the locale ("M01"). */
function browserIntl(locale: string, options: Intl.DateTimeFormatOptions, dates: string[]): string[] | undefined {
  const format = new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' });
  const month = format.formatToParts(new Date(Date.UTC(2026, 0, 1))).find((p) => p.type === 'month')!.value;
  if (/\d/.test(month)) return undefined;
  return dates.map((iso) => format.format(new Date(`${iso}T00:00:00Z`)));
}

// The widgets write dates themselves (see format.ts); Intl.DateTimeFormat, which follows
// CLDR, is the oracle: Node's always, and the browser's own where its build has the names.
describe('dates written as Intl.DateTimeFormat writes them', () => {
  afterEach(() => setLocale(null));

  for (const locale of LOCALES) {
    for (const [what, format, options] of [
      ['formatDay', formatDay, LONG_DATE],
      ['formatMonth', formatMonth, MONTH_YEAR],
    ] as const) {
      it(`${what} in ${locale}, for a day of every month`, async () => {
        const expected = await nodeIntl(locale, options, DAYS);
        await setLocale(locale);
        const ours = DAYS.map(format);
        expect(ours, "Node's Intl").to.deep.equal(expected);
        const browser = browserIntl(locale, options, DAYS);
        if (browser) expect(ours, "the browser's Intl").to.deep.equal(browser);
        // Month names, never the "M01" of an ICU build without them.
        for (const text of ours) expect(text).to.match(/\p{L}{3,}/u);
      });
    }
  }

  it('the browser has English and Russian month names (only Kazakh may be missing from a build)', () => {
    for (const locale of ['en', 'ru']) expect(browserIntl(locale, LONG_DATE, DAYS), locale).not.to.equal(undefined);
  });
});
