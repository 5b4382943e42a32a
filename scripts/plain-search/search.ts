// The lists' search without the search feature (scripts/plain-search.mjs): every word of
// the query a part of the item's texts, case, diacritics and Kazakh letters folded, as
// the lists searched before it; no word forms, typos, stand-ins or ranking.
import type * as feature from '../../src/internal/search.js';

export type Fields = feature.Fields;

const fold: typeof feature.fold = (text, locale) =>
  text
    .toLocaleLowerCase(locale)
    .replace(/[әғқңөұүһіё]/g, (letter) => 'агкноуухие'['әғқңөұүһіё'.indexOf(letter)])
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/\s+/g, ' ')
    .trim();

export const search: typeof feature.search = (query, items, fields, locale) => {
  const words = fold(query, locale).split(' ');
  return items.filter((item) => {
    const text = fold(fields(item).flat().join(' '), locale);
    return words.every((word) => text.includes(word));
  });
};
