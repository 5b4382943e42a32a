/**
 * Word stems for the lists' search, one small rule set per language: pure functions,
 * no DOM. The measurements behind them are in docs/search-words.md.
 */

/**
 * Russian: the steps of the Snowball Russian stemmer (snowballstem.org/algorithms/russian)
 * for nouns and adjectives, written as regular expressions. In RV, the part after the
 * first vowel, remove a reflexive ending and then an adjectival (with a participle's
 * suffix) or noun ending; then a final «и»; a derivational «ость»; and «нн» → «н», a
 * superlative or a soft sign. Snowball's perfective-gerund and verb steps are left out:
 * the lists are searched by names, and those steps cut nouns that end as verbs do
 * (рентген → рентг, гепатит → гепат, Казахстан → казахста), so that «рентген» and
 * «рентгена» had different stems. Expects lower case with «ё» as «е».
 * @example russianStem('больнице') === 'больниц'
 * @example russianStem('рентгена') === 'рентген'
 */
export function russianStem(word: string): string {
  const split = /^(.*?[аеиоуыэюя])(.*)$/.exec(word);
  if (!split) return word;
  let rv = split[2];
  // Removes an ending; `(?<=[ая])`: endings that count only after «а» or «я».
  const cut = (ending: RegExp) => rv !== (rv = rv.replace(ending, ''));
  cut(/с[яь]$/);
  if (cut(/(?:[еиыо][ейм]|[иы]ми|[ео](?:го|му)|[иы]х|[ую]ю|[ая]я|[ое]ю)$/))
    cut(/(?:(?<=[ая])(?:ем|нн|вш|ю?щ)|[иы]вш|ующ)$/);
  else cut(/(?:[аоуыьеийюя]|[ео]в|[иь][еюя]|[еи]и|(?:и?я|а)(?:ми|[мх])|(?:и?е|о|и)й|(?:и?е|о)м)$/);
  cut(/и$/);
  // «ость» only inside R2: in RV, after a consonant, then a vowel and a consonant.
  if (/^[аеиоуыэюя]*[^аеиоуыэюя].*[аеиоуыэюя][^аеиоуыэюя].*ость?$/.test(rv)) cut(/ость?$/);
  if (!cut(/ь$/)) {
    cut(/ейше?$/);
    cut(/(?<=н)н$/);
  }
  return split[1] + rv;
}

/**
 * Kazakh endings, written as the search folds them (ә→а, ғ→г, қ→к, ң→н, ө→о, ұ ү→у,
 * і→и), each with its forms of vowel harmony (а/е, ы/и) and of the stem's last sound:
 * case (genitive -ның, dative -ға, accusative -ны, locative -да, ablative -дан,
 * instrumental -мен), possessive (-ым -ың -сы -мыз -ңыз -сың), plural (-лар), the
 * attributive -дағы and -ғы, and the noun-forming -лық (-лығ before a vowel:
 * мүгедектігі → мүгедек); one letter (-а -е -ы -і -ң -м) only after three. The word's
 * shortest start that leaves an ending is kept, so the longest ending goes.
 */
const KAZAKH_ENDING =
  /^(?:(..+?)(?:[ндт][ыи]н?|[гкн][ае]|нд[ае]|[дт][ае]|[дтн][ае]н|[мбп]ен|менен|[ыи][мн]|с[ыи]н?|ы?мыз|и?миз|ы?ныз|и?низ|[лдт][ае]р|[дт](?:агы|еги)|[гк][ыи]|[лдт][ыи][кг])|(...+?)[аеыинм])$/;

/**
 * Kazakh: endings are removed from the end, the longest first, up to four times (case,
 * possessive, plural, then the stem's own -лық), keeping at least two letters (three
 * before a one-letter ending). Derivations that change the meaning stay: «дәрігер»
 * (doctor) keeps its «-гер» and does not meet «дәрі» (medicine). Expects a folded word.
 * @example kazakhStem('балаларга') === 'бал'
 * @example kazakhStem('даригер') === 'даригер'
 */
export function kazakhStem(word: string): string {
  for (let round = 0, ending; round < 4 && (ending = KAZAKH_ENDING.exec(word)); round++) word = ending[1] ?? ending[2];
  return word;
}

/**
 * English: plural endings only («teeth» and «tooth» are both in the vocabulary; the
 * possessive «'s» never reaches a stem, the apostrophe separating words); the search's
 * word starts and one-typo tolerance do the rest.
 * @example englishStem('injections') === 'injection'
 * @example englishStem('allergies') === 'allergy'
 */
export function englishStem(word: string): string {
  if (word.length < 4) return word;
  return word
    .replace(/ies$/, 'y')
    .replace(/(s|x|z|ch|sh)es$/, '$1')
    .replace(/([^su])s$/, '$1');
}
