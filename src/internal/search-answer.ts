import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { notFreeOn, type IsoDate, type NotFree } from '../core/index.js';
import { notFreeWords } from '../content/search-words.js';
import { sourceWord, unconfirmedNote } from '../content/notes.js';
import { sourceLabel } from './format.js';
import { nearestWords, search, type Fields } from './search.js';

/** What the lists say when nothing matches: the known care that is not free, or the words to try instead. */
export interface Answer {
  notFree?: NotFree;
  nearest?: string[];
}

/**
 * The answer when `query` matches none of `items`: the care known not to be free on
 * `date` that the query names, or else the words of the items nearest to the query.
 */
export function answerFor<T>(
  query: string,
  items: readonly T[],
  fields: (item: T) => Fields,
  date: IsoDate,
  locale: string,
): Answer | undefined {
  const notFree = notFreeOn(date).find((term) => search(query, [term], () => [[notFreeWords(term.id)]], locale).length);
  if (notFree) return { notFree };
  // Words of the names and the words people search with, never of the explanations.
  const texts = items.flatMap((item) =>
    fields(item)
      .slice(0, 2)
      .flatMap((field, i) =>
        field.flatMap((text) => (i ? text.split(/,\s*/) : (text.match(/[\p{L}\p{N}]{4,}/gu) ?? []))),
      ),
  );
  return { nearest: nearestWords(query, texts, locale) };
}

/** The answer's sentence, announced after the count: that the care is not free, or `none`. */
export function answerText(answer: Answer | undefined, none: string): string {
  return answer?.notFree ? notFreeText(answer.notFree) : none;
}

/**
 * The answer on the page: that the care is not free, with its source; or `none`, the
 * nearest words as buttons that search for them (`searchFor`), and the hotline 1406.
 */
export function renderAnswer(
  answer: Answer | undefined,
  none: string,
  searchFor: (query: string) => void,
): TemplateResult {
  const term = answer?.notFree;
  if (term)
    return html`<p>${notFreeText(term)} ${sourceWord()} <a href=${term.source}>${sourceLabel(term.source)}</a></p>
      ${'unconfirmed' in term ? html`<p class="note">${unconfirmedNote()}</p>` : nothing}`;
  const nearest = answer?.nearest ?? [];
  return html`<p>${none}</p>
    ${
      nearest.length
        ? html`<p>
          ${msg('Try searching for:', { id: 'search.try' })}
          ${nearest.map(
            (word) =>
              html`<button type="button" class="link" part="suggestion" @click=${() => searchFor(word)}>${word}</button> `,
          )}
        </p>`
        : nothing
    }
    <p>
      <strong>${msg('Call 1406', { id: 'step.hotline-1406' })}.</strong>
      ${msg(
        '1406 is the free hotline of the Social Health Insurance Fund. Ask there about your status, your contributions and the care you can get.',
        { id: 'step.hotline-1406.text' },
      )}
    </p>`;
}

/** The care that is not free, named by the first phrase of its words. */
function notFreeText(term: NotFree): string {
  const name = notFreeWords(term.id).split(',')[0];
  return msg(
    str`${name}: not free under GOBMP or OSMS. As a rule you pay for it yourself or through voluntary health insurance.`,
    { id: 'search.not-free' },
  );
}
