// What the lists search in an item without the search feature (scripts/plain-search.mjs):
// its own texts, in one field, without the words residents search with.
import { conditionsOn } from '../../src/core/index.js';
import { exampleName, serviceExplanation, serviceName } from '../../src/content/services.js';
import { categoryName, categoryWho, conditionText, proofText } from '../../src/content/categories.js';
import type * as feature from '../../src/content/search-words.js';

export const serviceSearchFields: typeof feature.serviceSearchFields = (s) => {
  const id = s.id as Parameters<typeof serviceName>[0];
  return [[serviceName(id), serviceExplanation(id), ...(s.examples ?? []).map(exampleName)]];
};

export const groupSearchFields: typeof feature.groupSearchFields = (c, date) => [
  [categoryName(c.id), categoryWho(c.id), proofText(c.proof), ...conditionsOn(c, date).map(conditionText)],
];
