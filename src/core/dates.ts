import type { IsoDate } from './types.js';

/** ISO dates compare correctly as strings, so no Date parsing is needed. */
export function inForce(item: { since?: IsoDate; until?: IsoDate }, date: IsoDate): boolean {
  return (item.since === undefined || item.since <= date) && (item.until === undefined || date <= item.until);
}

const pad = (n: number) => String(n).padStart(2, '0');

/** Today in local time as an ISO date: the default rules date. */
export function today(now: Date = new Date()): IsoDate {
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar day written `YYYY-MM-DD`. */
export function isIsoDate(value: unknown): value is IsoDate {
  const m = typeof value === 'string' ? ISO_DATE.exec(value) : null;
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.toISOString().slice(0, 10) === value;
}

/** The value in force on `date` from a list of dated values, if any. */
export function valueOn<T extends { since?: IsoDate; until?: IsoDate }>(items: readonly T[], date: IsoDate): T | undefined {
  return items.find((item) => inForce(item, date));
}
