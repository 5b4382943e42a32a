import { css, html, type LitElement, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import type { IsoDate } from '../core/index.js';
import { getLocale } from './locale.js';
import { search, type Fields } from './search.js';
import { answerFor, answerText, renderAnswer, type Answer } from './search-answer.js';

/**
 * The filter of a searchable list: holds the query, ranks the items that match it,
 * renders the search box with an "N of M" count announced once, politely, and, when
 * nothing matches, an answer: that the care is not free (for the known words), or the
 * nearest words to try and the hotline 1406, with a Clear button.
 */
export class FilterBox {
  query = '';
  /** The count as last announced: said once typing pauses, not on every key. */
  private announced = '';
  private pause: ReturnType<typeof setTimeout> | undefined;
  /** With nothing found: what to say (see search-answer.ts). */
  private empty = false;
  private answer: Answer | undefined;

  constructor(private readonly host: LitElement) {}

  /**
   * The items that have every word of the query, those whose first field (the name)
   * has them first; all items, in order, for a blank query. See search.ts.
   */
  filter<T>(items: readonly T[], fields: (item: T) => Fields, date: IsoDate): T[] {
    const locale = getLocale();
    const shown = search(this.query, items, fields, locale);
    this.empty = shown.length === 0 && items.length > 0;
    this.answer = this.empty ? answerFor(this.query, items, fields, date, locale) : undefined;
    return shown;
  }

  /**
   * The labelled search input and the count ("3 of 14 services"), shown at once and
   * announced politely once typing has paused for `ANNOUNCE_AFTER_MS`, with the answer
   * when nothing matches.
   */
  render(label: string, count: string): TemplateResult {
    const answer = this.empty ? answerText(this.answer, noneText()) : '';
    if (this.pause === undefined) this.announced = this.query ? [count, answer].join(' ').trim() : '';
    return html`
      <div class="filter">
        <label for="filter" part="label">${label}</label>
        <input
          id="filter"
          part="input"
          type="search"
          autocomplete="off"
          spellcheck="false"
          .value=${this.query}
          @input=${(event: InputEvent) => this.set((event.target as HTMLInputElement).value)}
        />
        <p class="count" part="count">${count}</p>
        <p class="visually-hidden" role="status">${this.announced}</p>
      </div>
    `;
  }

  /**
   * The answer when nothing matches: that the care is not free, with its source; or that
   * nothing matched, the nearest words as buttons that search for them, and 1406.
   */
  renderNoMatches(): TemplateResult {
    return html`
      <div class="empty" part="empty">
        ${renderAnswer(this.answer, noneText(), (query) => this.clear(query))}
        <button type="button" class="primary" part="button" @click=${() => this.clear('')}>
          ${msg('Clear search', { id: 'search.clear' })}
        </button>
      </div>
    `;
  }

  private set(query: string): void {
    this.query = query;
    clearTimeout(this.pause);
    this.pause = setTimeout(() => {
      this.pause = undefined;
      this.host.requestUpdate();
    }, ANNOUNCE_AFTER_MS);
    this.host.requestUpdate();
  }

  /** Puts `query` in the box (empty: clears it) and focus back in it, since the button goes away. */
  private async clear(query: string): Promise<void> {
    this.set(query);
    await this.host.updateComplete;
    this.host.renderRoot.querySelector<HTMLInputElement>('#filter')?.focus();
  }
}

const noneText = () => msg('Nothing matches your search.', { id: 'search.none' });

/** How long typing must pause before the count is announced. */
export const ANNOUNCE_AFTER_MS = 700;

/** Picks the form for `count` by the current locale's plural rules (Russian: one, few, many, other). */
export function plural<T>(count: number, forms: Partial<Record<Intl.LDMLPluralRule, T>> & { other: T }): T {
  return forms[pluralRules(getLocale()).select(count)] ?? forms.other;
}

/** One Intl.PluralRules per locale: creating one is slow. */
const pluralCache = new Map<string, Intl.PluralRules>();
function pluralRules(locale: string): Intl.PluralRules {
  let rules = pluralCache.get(locale);
  if (!rules) pluralCache.set(locale, (rules = new Intl.PluralRules(locale)));
  return rules;
}

export const filterStyles = css`
  .filter {
    margin-block-end: var(--_space);
  }
  .filter label {
    display: block;
    font-weight: 600;
  }
  .filter input {
    box-sizing: border-box;
    inline-size: 100%;
    max-inline-size: 30em;
    min-block-size: 2.75em;
    padding: 0.5em 0.75em;
    font: inherit;
    color: inherit;
    background: var(--_surface);
    border: 2px solid var(--_border);
    border-radius: var(--_radius);
  }
  .count {
    margin: 0.25em 0 0;
    color: var(--_muted);
  }
  .empty button.link {
    margin-inline-end: 0.5em;
  }
  @media (forced-colors: active) {
    .filter input {
      border-color: CanvasText;
    }
  }
`;
