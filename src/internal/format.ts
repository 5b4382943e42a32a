import { msg } from '@lit/localize';
import { sourceKind } from '../core/index.js';
import { getLocale } from './locale.js';

const MONTHS = {
  en: 'January February March April May June July August September October November December',
  // Russian dates use the genitive: «1 января».
  ru: 'января февраля марта апреля мая июня июля августа сентября октября ноября декабря',
  kk: 'қаңтар ақпан наурыз сәуір мамыр маусым шілде тамыз қыркүйек қазан қараша желтоқсан',
};

/**
 * An ISO date as each language writes it in full: "January 1, 2026", «1 января 2026 г.»,
 * «2026 ж. 1 қаңтар» — the CLDR long formats. Written out here rather than through
 * Intl.DateTimeFormat: creating one costs tens of milliseconds on first use (it showed in
 * the first paint), and some builds (Debian's Chromium) have no Kazakh month names.
 */
export function formatDay(iso: string): string {
  const [year, month, day] = iso.split('-').map(Number);
  const locale = getLocale();
  const name = MONTHS[locale].split(' ')[month - 1];
  if (locale === 'ru') return `${day} ${name} ${year} г.`;
  if (locale === 'kk') return `${year} ж. ${day} ${name}`;
  return `${name} ${day}, ${year}`;
}

/** Month names standing alone (Russian uses the nominative here: «ноябрь 2026 г.»). */
const STANDALONE_MONTHS = {
  en: MONTHS.en,
  ru: 'январь февраль март апрель май июнь июль август сентябрь октябрь ноябрь декабрь',
  kk: MONTHS.kk,
};

/** The month of an ISO date with its year: "November 2026", «ноябрь 2026 г.», «2026 ж. қараша». */
export function formatMonth(iso: string): string {
  const [year, month] = iso.split('-').map(Number);
  const locale = getLocale();
  const name = STANDALONE_MONTHS[locale].split(' ')[month - 1];
  if (locale === 'ru') return `${name} ${year} г.`;
  if (locale === 'kk') return `${year} ж. ${name}`;
  return `${name} ${year}`;
}

const numberFormats = new Map<string, Intl.NumberFormat>();

/** A number as the language writes it: 4,250 / 4 250; one formatter per language. */
export function formatNumber(value: number): string {
  const locale = getLocale();
  let format = numberFormats.get(locale);
  if (!format) {
    // Kazakh writes numbers as Russian does (CLDR: space groups, comma decimals), and some
    // browser builds carry no Kazakh number data, so Kazakh numbers are formatted as Russian.
    format = new Intl.NumberFormat(locale === 'kk' ? 'ru' : locale, { maximumFractionDigits: 2 });
    numberFormats.set(locale, format);
  }
  return format.format(value);
}

/** An amount in tenge: "4,250 ₸", «4 250 ₸». */
export function formatTenge(value: number): string {
  return `${formatNumber(value)}\u00a0₸`;
}

/** A percentage: "5%", «5 %» as each language writes it. */
export function formatPercent(value: number): string {
  return getLocale() === 'en' ? `${formatNumber(value)}%` : `${formatNumber(value)}\u00a0%`;
}

/**
 * A short link text for a source URL: its host name (`adilet.zan.kz`), followed by what the
 * page is when it is not an official text: "zakon.kz (news report)", "pol-zhezk.kz (unofficial page)".
 */
export function sourceLabel(url: string): string {
  const host = hostOf(url);
  const kind = sourceKind(url);
  if (kind === 'news') return `${host} (${msg('news report', { id: 'source.news' })})`;
  if (kind === 'other') return `${host} (${msg('unofficial page', { id: 'source.other' })})`;
  return host;
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return url;
  }
}
