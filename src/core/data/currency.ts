import type { IsoDate } from '../types.js';

/**
 * How current this copy of the rules is. A site that copies the drop-in files keeps
 * them as they were on the day of the copy, while the law changes every year; these two
 * dates let every copy tell, by itself, when its rules may no longer be the ones in force.
 */

/** The day the rules in this data were last checked against the official texts. */
export const RULES_REVIEWED: IsoDate = '2026-11-26';

/**
 * The last day this data covers with confidence. Changes of the GOBMP and OSMS lists take
 * effect on the first of January (2026-01-01; 2027-01-01 by Government resolution of
 * 15 December 2025, reported at zakon.kz 6501671), and the data holds those announced up
 * to 2027-01-01. The next annual change is expected on 2028-01-01, the last year of the
 * Government programme of guarantees 2026–2028 (resolution № 840 of 9 October 2025,
 * adilet.zan.kz); its text is not published yet. So the data speaks for every day up to
 * 2027-12-31 and for none after it. Move this date only after checking the data against
 * the next year's lists, and note the change in CHANGELOG.md.
 */
export const DATA_HORIZON: IsoDate = '2027-12-31';

/** True when `date` is past the data horizon: the rules shown may be out of date. */
export function isPastHorizon(date: IsoDate): boolean {
  return date > DATA_HORIZON;
}
