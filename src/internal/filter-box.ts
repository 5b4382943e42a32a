import { css, html, type LitElement, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import { getLocale } from './locale.js';
import { matches } from './search.js';

/**
 * The filter of a searchable list: holds the query, renders the search box with a
 * polite "N of M" count, and the plain message with a Clear button when nothing matches.
 */
export class FilterBox {
  query = '';
  /** The count as last announced: said once typing pauses, not on every key. */
  private announced = '';
  private pause: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly host: LitElement) {}

  /** True when every word of the query occurs in one of `texts` (case, diacritics and Kazakh letters folded). */
  matches(...texts: string[]): boolean {
    return matches(this.query, texts.join(' '), getLocale());
  }

  /**
   * The labelled search input and the count ("3 of 14 services"), shown at once and
   * announced politely once typing has paused for `ANNOUNCE_AFTER_MS`.
   */
  render(label: string, count: string): TemplateResult {
    if (this.pause === undefined) this.announced = this.query ? count : '';
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

  /** Said plainly when nothing matches, with a button that clears the filter. */
  renderNoMatches(): TemplateResult {
    return html`
      <p class="empty" part="empty">
        ${msg('Nothing matches your search.', { id: 'search.none' })}
        <button type="button" class="primary" part="button" @click=${() => this.clear()}>
          ${msg('Clear search', { id: 'search.clear' })}
        </button>
      </p>
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

  /** Empties the box and puts focus back in it, since the Clear button goes away. */
  private async clear(): Promise<void> {
    this.set('');
    await this.host.updateComplete;
    this.host.renderRoot.querySelector<HTMLInputElement>('#filter')?.focus();
  }
}

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
    min-block-size: 2.75rem;
    padding: 0.5rem 0.75rem;
    font: inherit;
    color: inherit;
    background: var(--_surface);
    border: 2px solid var(--_border);
    border-radius: var(--_radius);
  }
  .count {
    margin: 0.25rem 0 0;
    color: var(--_muted);
  }
  .empty button {
    margin-inline-start: 0.5rem;
  }
  @media (forced-colors: active) {
    .filter input {
      border-color: CanvasText;
    }
  }
`;
