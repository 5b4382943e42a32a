/**
 * The translations this build carries: both target locales in the all-languages files.
 * A one-language drop-in (`osms-widgets.kk.js`, `.ru.js`, `.en.js`) is built with this
 * module replaced (scripts/vite-one-locale.mjs) by one that imports only its own locale
 * and names it in `only`, so that every widget on the page speaks that locale.
 */
import * as kk from '../generated/locales/kk.js';
import * as ru from '../generated/locales/ru.js';
import type { Locale } from './locale-resolve.js';

export const bundled: Partial<Record<Locale, typeof kk>> = { kk, ru };

/** The one locale of a one-language build; `undefined` when all three are bundled. */
export const only: Locale | undefined = undefined;
