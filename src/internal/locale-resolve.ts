import { allLocales } from '../generated/locale-codes.js';

/** The locales the widgets speak (lit-localize.json's, as lit-localize writes them). */
export const LOCALES = allLocales;
export type Locale = (typeof LOCALES)[number];

/** The last step of the resolution chain: most readers in Kazakhstan read Russian. */
export const FALLBACK_LOCALE: Locale = 'ru';

/**
 * Maps a BCP 47 tag (or a common mistake such as `kz` or `ru_RU`) to a locale we speak,
 * or `undefined` so that the caller tries the next step of the chain.
 *
 * @example normalizeLocale('kk-Cyrl-KZ') // 'kk'
 * @example normalizeLocale('de-DE')      // undefined
 */
export function normalizeLocale(tag: string | null | undefined): Locale | undefined {
  if (!tag) return undefined;
  const primary = tag.trim().toLowerCase().split(/[-_]/)[0];
  if (primary === 'kk' || primary === 'kz') return 'kk';
  if (primary === 'ru' || primary === 'en') return primary;
  return undefined;
}

/**
 * The first candidate that names a locale we speak, else the fallback. Candidates come
 * in the order of the chain: widget `lang`, nearest ancestor `[lang]`, `<html lang>`,
 * then `navigator.languages`.
 */
export function resolveLocale(candidates: Iterable<string | null | undefined>): Locale {
  for (const candidate of candidates) {
    const locale = normalizeLocale(candidate);
    if (locale) return locale;
  }
  return FALLBACK_LOCALE;
}
