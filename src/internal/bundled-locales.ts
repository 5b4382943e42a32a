/**
 * The translations this build carries: both target locales in the all-languages files,
 * each loaded (and unpacked) only when a page first asks for it. The files stay
 * self-contained: the bundler inlines both modules and runs one only when its import
 * is called, so nothing is fetched.
 *
 * A one-language drop-in (`osms-widgets.kk.js`, `.ru.js`, `.en.js`) is built with this
 * module replaced (scripts/vite-one-locale.mjs) by one that carries only its own locale
 * and names it in `only`, so that every widget on the page speaks that locale.
 */
import type { Locale } from './locale-resolve.js';

type LocaleModule = typeof import('../generated/locales/kk.js');

export const bundled: Partial<Record<Locale, () => Promise<LocaleModule>>> = {
  kk: () => import('../generated/locales/kk.js'),
  ru: () => import('../generated/locales/ru.js'),
};

/** The one locale of a one-language build; `undefined` when all three are bundled. */
export const only: Locale | undefined = undefined;
