import type { IsoDate } from '../types.js';

/**
 * How current this copy of the rules is. A site that copies the drop-in files keeps
 * them as they were on the day of the copy, while the law changes every year; these two
 * dates let every copy tell, by itself, when its rules may no longer be the ones in force.
 */

/** The day the rules in this data were last checked against the official texts. */
export const RULES_REVIEWED: IsoDate = '2026-11-26';

/**
 * The last day for which the data holds every change announced when it was checked. The
 * GOBMP and OSMS lists change on the first of January: 2026-01-01, and 2027-01-01 by the
 * Government resolution of 15 December 2025, known only from a news report (zakon.kz
 * 6501671) that breaks off inside the GOBMP list. So the 2027 lists are partly known: on
 * days in 2027 each list says what is not yet known (`LIST_GAPS`), and the items the report
 * does not name are shown as in 2026. The next change is expected on 2028-01-01, the last
 * year of the Government programme of guarantees 2026–2028 (resolution of 9 October 2025,
 * reported by zakon.kz 6494429; its number and its text on adilet were not found). After
 * 2027-12-31 nothing is known. Move this date only after checking the data against the
 * next year's lists, and note the change in CHANGELOG.md.
 */
export const DATA_HORIZON: IsoDate = '2027-12-31';

/** True when `date` is past the data horizon: the rules shown may be out of date. */
export function isPastHorizon(date: IsoDate): boolean {
  return date > DATA_HORIZON;
}
