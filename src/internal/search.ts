/**
 * Text search for the lists: pure functions, no DOM.
 *
 * A text and a query are cut into words the same way: invisible characters go, Latin
 * letters typed inside a Cyrillic word become the Cyrillic letters they stand for, case
 * and diacritics are folded, and the Kazakh letters meet the Russian look-alikes a user
 * may type without them (қан → кан, өте → оте). Each word is then reduced to its stem
 * in the page's language (see stem.ts). The rules are set out in docs/search-words.md.
 */
import { englishStem, kazakhStem, russianStem } from './stem.js';
import { only } from './localization.js';

/**
 * Latin letters that stand for Cyrillic ones inside a Cyrillic word: the look-alikes of
 * both alphabets (upper case before lower case, where they differ), and the letters
 * Kazakh users type for і ә ө ұ ү ғ қ ң һ on a keyboard without them (i ə ö u ü ğ q ñ h).
 * Each becomes the lower-case letter: the word is lower-cased next.
 */
const STAND_INS = 'ABCEHKMOPTXYaceopxyIiıkƏəÄäÖöUuÜüğqñh';
const CYRILLIC = 'авсенкмортхуасеорхуііікәәәәөөұұүүғқңһ';
const STAND_IN = new RegExp(`[${STAND_INS}]`, 'g');

/**
 * Zero-width, joining, direction and other invisible format characters that pasted text
 * carries (soft hyphen, U+200B–U+200F, U+2060, U+FEFF…); invisible combining marks, such
 * as variation selectors, go with the diacritics when a word is folded.
 */
const INVISIBLE = /\p{Cf}/gu;

/**
 * Lower case; the Kazakh letters as the Russian look-alikes typed for them; diacritics
 * removed (ё → е, й → и).
 * @example fold('Қызмет', 'kk') === 'кызмет'
 * @example fold('Ёлка', 'ru') === 'елка'
 * @example fold('Café', 'en') === 'cafe'
 */
export function fold(text: string, locale: string): string {
  return text
    .toLocaleLowerCase(locale)
    .replace(/[әғқңөұүһі]/g, (letter) => 'агкноуухи'['әғқңөұүһі'.indexOf(letter)])
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * The words of a text as typed: invisible characters removed, Latin stand-ins inside a
 * Cyrillic word replaced, lower case. Punctuation, hyphens and spaces separate words.
 * @example typedWords('ıстемейтıн «ДӘРІ»', 'kk') → ['істемейтін', 'дәрі']
 */
export function typedWords(text: string, locale: string): string[] {
  const words =
    text
      .normalize('NFKC')
      .replace(INVISIBLE, '')
      .match(/[\p{L}\p{M}\p{N}]+/gu) ?? [];
  return words.map((word) =>
    (/\p{Script=Cyrillic}/u.test(word) ? word.replace(STAND_IN, (l) => CYRILLIC[STAND_INS.indexOf(l)]) : word)
      .toLocaleLowerCase(locale)
      .replace(/ё/g, 'е'),
  );
}

/**
 * A word's stem in the page's language, folded. A one-language build names its language
 * in `only`, and the bundler leaves out the stemmers of the other two.
 */
export function stem(word: string, locale: string): string {
  if (locale === 'ru' && only !== 'en' && only !== 'kk') return fold(russianStem(word), locale);
  const folded = fold(word, locale);
  return locale === 'kk' && only !== 'en' && only !== 'ru' ? kazakhStem(folded) : englishStem(folded);
}

/** A word of a searched text: its folded form (for word starts) and its stem. */
interface Word {
  folded: string;
  stem: string;
}

const wordCache = new Map<string, Word[]>();

/** The words of a text, kept per language and text: the lists search the same texts on every key. */
function wordsOf(text: string, locale: string): Word[] {
  const key = `${locale}\n${text}`;
  let words = wordCache.get(key);
  if (!words) {
    if (wordCache.size > 5000) wordCache.clear();
    words = typedWords(text, locale).map((word) => ({ folded: fold(word, locale), stem: stem(word, locale) }));
    wordCache.set(key, words);
  }
  return words;
}

/**
 * The texts of an item by weight, most telling first: e.g. its name, then the words
 * people search it with, then its explanation. A match in an earlier field ranks higher.
 */
export type Fields = readonly (readonly string[])[];

/**
 * Whether `a` and `b` differ by at most `most` letters added, removed, changed or swapped
 * (their optimal string alignment distance): past their common start, the first letter
 * that differs takes one of the four edits.
 */
export function withinTypos(a: string, b: string, most: number): boolean {
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  if (i === a.length && i === b.length) return true;
  if (!most--) return false;
  const [restA, restB] = [a.slice(i + 1), b.slice(i + 1)];
  return (
    withinTypos(restA, restB, most) ||
    withinTypos(restA, b.slice(i), most) ||
    withinTypos(a.slice(i), restB, most) ||
    (a[i] === b[i + 1] && a[i + 1] === b[i] && withinTypos(restA.slice(1), restB.slice(1), most))
  );
}

/** A word of the query, and how it may meet a word of the texts. */
interface QueryWord extends Word {
  /**
   * 0: a whole word of the texts, which matches only words of its stem, never a longer
   * word it starts; 1: the start of words of the texts, still being typed; 2: neither,
   * so perhaps mistyped.
   */
  kind: number;
}

/** Typos are forgiven in query words of this many letters or more: one letter wrong. */
export const TYPO_FROM = 5;

function meets(query: QueryWord, word: Word): boolean {
  return (
    query.stem === word.stem ||
    (query.kind === 1 && word.folded.startsWith(query.folded)) ||
    (query.kind === 2 &&
      query.folded.length >= TYPO_FROM &&
      // A typo may change the stem («рентгин»: no ending found), so whole words are compared too.
      ((query.stem.length >= TYPO_FROM && withinTypos(query.stem, word.stem, 1)) ||
        withinTypos(query.folded, word.folded, 1)))
  );
}

/**
 * The query's words: words of one or two letters («в», «of») are left out when longer
 * ones are there. Each is marked by what it is to the texts (see `QueryWord`).
 */
function queryWords(query: string, all: readonly Word[], locale: string): QueryWord[] {
  const typed = wordsOf(query, locale);
  const long = typed.filter((word) => word.folded.length > 2);
  return (long.length ? long : typed).map((word) => ({
    ...word,
    kind: all.some((w) => w.stem === word.stem) ? 0 : all.some((w) => w.folded.startsWith(word.folded)) ? 1 : 2,
  }));
}

/**
 * The items that have every word of `query` (a word's forms, its start while it is being
 * typed, or the word with one typo), the best first: an item whose first field (its
 * name) has the words before one where only a later field has them; otherwise in the
 * given order. A blank query returns every item.
 * @example search('зубы', services, (s) => [[name(s)], [words(s)], [text(s)]], 'ru')
 */
export function search<T>(query: string, items: readonly T[], fields: (item: T) => Fields, locale: string): T[] {
  const indexed = items.map((item) => fields(item).map((texts) => texts.flatMap((text) => wordsOf(text, locale))));
  const wanted = queryWords(query, indexed.flat(2), locale);
  if (wanted.length === 0) return [...items];
  const scored: { item: T; score: number }[] = [];
  indexed.forEach((itemFields, order) => {
    let score = 0;
    for (const word of wanted) {
      const field = itemFields.findIndex((words) => words.some((w) => meets(word, w)));
      if (field < 0) return;
      score += itemFields.length - field;
    }
    scored.push({ item: items[order], score });
  });
  // A stable sort: items of the same score stay in the given order.
  return scored.sort((a, b) => b.score - a.score).map((s) => s.item);
}

/**
 * Up to `count` words or phrases of `texts` nearest to what was typed: those within two
 * typos of a word of the query, the nearest first.
 */
export function nearestWords(query: string, texts: readonly string[], locale: string, count = 3): string[] {
  const typed = wordsOf(query, locale).map((word) => word.folded);
  const near = (text: string, typos: number) =>
    wordsOf(text, locale).some((word) => typed.some((q) => q.length > 3 && withinTypos(q, word.folded, typos)));
  const found = [1, 2].flatMap((typos) => texts.filter((text) => near(text, typos)));
  return [...new Set(found.map((text) => text.toLocaleLowerCase(locale)))].slice(0, count);
}

/**
 * True when every word of `query` is in `text` (as in `search`); an empty query matches.
 * @example matches('кан тап', 'Қан тапсыру', 'kk') === true
 */
export function matches(query: string, text: string, locale: string): boolean {
  return search(query, [text], (t) => [[t]], locale).length === 1;
}
