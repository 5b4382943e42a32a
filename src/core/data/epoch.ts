import type { IsoDate } from '../types.js';

/**
 * The earliest day the data describes: Law 405-V took effect in 2016, four years before
 * OSMS cover began. Earlier rules dates are read as this day (no OSMS; GOBMP for residents).
 */
export const EPOCH: IsoDate = '2016-01-01';

/** The first day of OSMS cover (Law 405-V). */
export const OSMS_START: IsoDate = '2020-01-01';
