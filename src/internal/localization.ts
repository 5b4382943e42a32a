/**
 * The page's @lit/localize instance, with the translations this build carries: both
 * target locales, running from source. The build replaces this module
 * (scripts/vite-message-ids.mjs, scripts/vite-localize-transform.mjs): the
 * all-languages files with the same instance over their own message tables, and a
 * one-language file (`osms-widgets.kk.js`…) with one fixed locale, named in `only`, as
 * @lit/localize's transform mode has it (its msg() calls are then its texts).
 */
import { configureLocalization } from '@lit/localize';
import { sourceLocale, targetLocales } from '../generated/locale-codes.js';
import { templates as kk } from '../generated/locales/kk.js';
import { templates as ru } from '../generated/locales/ru.js';
import type { Locale } from './locale-resolve.js';

// Plain objects, not module namespaces: a bundler's namespace helper walks them with
// `for…in`, which a polluted `Object.prototype` breaks.
const bundled: Partial<Record<Locale, { templates: typeof kk }>> = {
  kk: { templates: kk },
  ru: { templates: ru },
};

export const localization = configureLocalization({
  sourceLocale,
  targetLocales,
  loadLocale: (locale) => Promise.resolve(bundled[locale as Locale]!),
});

/** The one locale of a one-language build; `undefined` when all three are bundled. */
export const only: Locale | undefined = undefined;
