/**
 * The words residents search the lists with, where an item's own texts do not have them:
 * everyday names, conditions and medicines, tests, doctors, and the words of the
 * exemption list. Comma-separated; the search finds every form of a word (see
 * src/internal/search.ts), so one form is enough. A service is also found by the words of
 * its examples. Reviewed, with the words of every language, in docs/search-words.md.
 */
import { msg } from '@lit/localize';
import {
  conditionsOn,
  type Category,
  type IsoDate,
  type NotFreeId,
  type Service,
  type ServiceId,
} from '../core/index.js';
import { exampleName, searchWords, serviceExplanation, serviceName } from './services.js';
import { categoryName, categoryWho, conditionText, groupWords, proofText } from './categories.js';

type Text = () => string;

const NOT_FREE_WORDS: Record<NotFreeId, Text> = {
  braces: () => msg('Braces, aligners', { id: 'words.not-free.braces' }),
  cosmetic: () => msg('Cosmetic procedures, plastic surgery, botox', { id: 'words.not-free.cosmetic' }),
  sanatorium: () => msg('Sanatorium, spa', { id: 'words.not-free.sanatorium' }),
  glasses: () => msg('Glasses, contact lenses', { id: 'words.not-free.glasses' }),
};

/** The words of care that is not free; the first phrase, capitalised, names it. */
export function notFreeWords(id: NotFreeId): string {
  return NOT_FREE_WORDS[id]();
}

/** What the service list searches in a service, by weight: its name; the words people use and its examples; its explanation. */
export function serviceSearchFields(s: Service): string[][] {
  const id = s.id as ServiceId;
  const examples = s.examples ?? [];
  return [
    [serviceName(id)],
    [searchWords(id), ...examples.map(exampleName), ...examples.map(searchWords)],
    [serviceExplanation(id)],
  ];
}

/** What the exemption list searches in a group, by weight: its name; the words people use; who qualifies and the proof. */
export function groupSearchFields(c: Category, date: IsoDate): string[][] {
  return [
    [categoryName(c.id)],
    [groupWords(c.id)],
    [categoryWho(c.id), proofText(c.proof), ...conditionsOn(c, date).map(conditionText)],
  ];
}
