/**
 * Text search for the lists: pure functions, no DOM.
 *
 * Folding ignores case and diacritics in the given locale, and maps the Kazakh letters
 * to the Russian look-alikes a user may type on a keyboard without them
 * (қан → кан, өте → оте), plus ё → е.
 */
const LOOK_ALIKES: Record<string, string> = {
  ә: 'а',
  ғ: 'г',
  қ: 'к',
  ң: 'н',
  ө: 'о',
  ұ: 'у',
  ү: 'у',
  һ: 'х',
  і: 'и',
  ё: 'е',
};

/**
 * @example fold('Қызмет', 'kk') === 'кызмет'
 * @example fold('Ёлка', 'ru') === 'елка'
 * @example fold('Café', 'en') === 'cafe'
 */
export function fold(text: string, locale: string): string {
  return text
    .toLocaleLowerCase(locale)
    .replace(/[әғқңөұүһіё]/g, (letter) => LOOK_ALIKES[letter])
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * True when every word of `query` occurs in `text`, both folded; an empty query matches.
 * @example matches('кан тап', 'Қан тапсыру', 'kk') === true
 */
export function matches(query: string, text: string, locale: string): boolean {
  const haystack = fold(text, locale);
  return fold(query, locale)
    .split(' ')
    .every((word) => haystack.includes(word));
}
