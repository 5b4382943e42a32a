import type { IsoDate } from './types.js';

/** ISO dates compare correctly as strings, so no Date parsing is needed. */
export function inForce(item: { since?: IsoDate; until?: IsoDate }, date: IsoDate): boolean {
  return (item.since === undefined || item.since <= date) && (item.until === undefined || date <= item.until);
}

const pad = (n: number) => String(n).padStart(2, '0');

const HOUR = 3_600_000;

/**
 * The instant Kazakhstan moved to one time zone: 00:00 on 1 March 2024 in Almaty
 * (UTC+6), when the clocks went back to 23:00 on 29 February at UTC+5 (Government
 * Decree No. 20 of 19 January 2024, amending Decree No. 1749 of 23 November 2000; the
 * Asia/Almaty entry of the IANA time zone database).
 */
const ONE_ZONE_FROM = Date.UTC(2024, 1, 29, 18);

/**
 * Today in Kazakhstan as an ISO date: the default rules date. Computed from the instant
 * alone, so a device set to another zone (a traveller's phone, a server in UTC) gets the
 * day it is in Kazakhstan: UTC+5 since 1 March 2024, Almaty's UTC+6 before (as far back
 * as 31 October 2004, when Almaty last had summer time).
 */
export function today(now: Date = new Date()): IsoDate {
  const instant = now.getTime();
  return new Date(instant + (instant >= ONE_ZONE_FROM ? 5 : 6) * HOUR).toISOString().slice(0, 10);
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar day written `YYYY-MM-DD`. */
export function isIsoDate(value: unknown): value is IsoDate {
  const m = typeof value === 'string' ? ISO_DATE.exec(value) : null;
  if (!m) return false;
  const d = new Date(0);
  // setUTCFullYear, not Date.UTC: that one reads the years 0–99 as 1900–1999.
  d.setUTCFullYear(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  return d.toISOString().slice(0, 10) === value;
}

/** The value in force on `date` from a list of dated values, if any. */
export function valueOn<T extends { since?: IsoDate; until?: IsoDate }>(
  items: readonly T[],
  date: IsoDate,
): T | undefined {
  return items.find((item) => inForce(item, date));
}

const parts = (iso: IsoDate) => iso.split('-').map(Number) as [number, number, number];

/** The same day `months` months later (or earlier), kept within the month: 31 Jan + 1 → 28/29 Feb. */
export function addMonths(iso: IsoDate, months: number): IsoDate {
  const [y, m, d] = parts(iso);
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${pad(month)}-${pad(Math.min(d, last))}`;
}

/** The last day of the month of `iso`. */
export function lastDayOfMonth(iso: IsoDate): IsoDate {
  const [y, m] = parts(iso);
  return `${y}-${pad(m)}-${pad(new Date(Date.UTC(y, m, 0)).getUTCDate())}`;
}

/** Whole calendar months from the month of `from` to the month of `to` (days ignored). */
export function monthsBetween(from: IsoDate, to: IsoDate): number {
  const [fy, fm] = parts(from);
  const [ty, tm] = parts(to);
  return (ty - fy) * 12 + (tm - fm);
}

/** The day after `iso`. */
export function nextDay(iso: IsoDate): IsoDate {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

/**
 * Whether a dated item starts or ends within `months` months after `date` (the window the
 * result's "what changes" looks at): `starts` with the first day it applies, `ends` with
 * its last day; undefined when neither falls in the window.
 */
export function changeWithin(
  item: { since?: IsoDate; until?: IsoDate },
  date: IsoDate,
  months = 12,
): { kind: 'starts' | 'ends'; date: IsoDate } | undefined {
  const end = addMonths(date, months);
  if (item.since !== undefined && item.since > date && item.since <= end) return { kind: 'starts', date: item.since };
  if (item.until !== undefined && item.until >= date && item.until < end) return { kind: 'ends', date: item.until };
  return undefined;
}
