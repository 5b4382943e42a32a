import { getLocale } from './locale.js';

/** Building an Intl formatter is slow (milliseconds): keep one per locale. */
const dayFormats = new Map<string, Intl.DateTimeFormat>();
function dayFormat(locale: string): Intl.DateTimeFormat {
  let format = dayFormats.get(locale);
  if (!format) dayFormats.set(locale, (format = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' })));
  return format;
}

/** Kazakh month names, for browsers whose Intl data has none (Debian's Chromium writes "2026 M01 1"). */
const KK_MONTHS = 'қаңтар ақпан наурыз сәуір мамыр маусым шілде тамыз қыркүйек қазан қараша желтоқсан'.split(' ');

/**
 * An ISO date as the current locale writes it in full: «1 января 2026 г.», «2026 ж. 1 қаңтар»,
 * "January 1, 2026". Where the browser lacks month names it writes the Kazakh CLDR pattern itself.
 */
export function formatDay(iso: string): string {
  const date = new Date(`${iso}T00:00:00Z`);
  const format = dayFormat(getLocale());
  const month = format.formatToParts(date).find((part) => part.type === 'month')?.value ?? '';
  if (getLocale() !== 'kk' || !/\d/.test(month)) return format.format(date);
  return `${date.getUTCFullYear()} ж. ${date.getUTCDate()} ${KK_MONTHS[date.getUTCMonth()]}`;
}

/** The host name of a source URL, for a short link text (`adilet.zan.kz`). */
export function sourceLabel(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return url;
  }
}
