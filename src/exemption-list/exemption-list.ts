import { html, nothing } from 'lit';
import { msg, str } from '@lit/localize';
import {
  OSMS_START,
  PROOFS,
  categoriesOn,
  conditionsOn,
  valueOn,
  type Category,
  type CategoryId,
  type IsoDate,
} from '../core/index.js';
import { categoryName, categoryWho, conditionText, payerText, proofText } from '../content/categories.js';
import { groupSearchFields } from '../content/search-words.js';
import { inForceSinceText, sourceWord, unconfirmedNote } from '../content/notes.js';
import { OsmsElement } from '../internal/osms-element.js';
import { baseStyles } from '../internal/base.styles.js';
import { listStyles } from '../internal/list.styles.js';
import { FilterBox, filterStyles, plural } from '../internal/filter-box.js';
import { firstItems } from '../internal/deferred.js';
import { changeMarkView, formatDay, sourceLabel } from '../internal/format.js';
import { booleanAttribute, safeHref } from '../internal/attributes.js';
import { styles } from './exemption-list.styles.js';

/** The list's events: name → detail. */
export interface ExemptionListEvents {
  'exemption-select': { category: CategoryId };
}
export type ExemptionSelectEvent = CustomEvent<ExemptionListEvents['exemption-select']>;

/**
 * The groups of people for whom the state pays health insurance contributions, as in
 * force on `rules-date`, numbered as in the official list, each with who exactly
 * qualifies, what proves it, since when, and the source.
 *
 * @fires {ExemptionSelectEvent} exemption-select - `{ category }` when "Check your coverage" is activated; cancel it to handle the check on the same page instead of following the link.
 * @slot - No-JS fallback; hidden once the widget renders.
 * @csspart base - The widget's box.
 * @csspart heading - Every heading.
 * @csspart item - A group of people.
 * @csspart summary - The name of a group, which expands.
 * @csspart number - Its number in the official list.
 * @csspart link - "Check your coverage".
 * @csspart label - The label of the filter box.
 * @csspart input - The filter box.
 * @csspart count - "N of M groups", announced politely.
 * @csspart empty - The answer when nothing matches: care that is not free, or the words to try and 1406.
 * @csspart suggestion - A word to search for instead, offered when nothing matches.
 * @csspart button - The button that clears the filter.
 * @cssprop --osms-font-family - Font; inherits the page's by default.
 * @cssprop --osms-font-size - Base font size. Default `medium`: the reader’s default text size, whatever the page’s root font size.
 * @cssprop --osms-color-text - Text colour.
 * @cssprop --osms-color-muted - Secondary text.
 * @cssprop --osms-color-surface - Background.
 * @cssprop --osms-color-border - Lines between groups.
 * @cssprop --osms-color-accent - Links and buttons.
 * @cssprop --osms-color-on-accent - Text on buttons.
 * @cssprop --osms-color-warning - Mark of a fact not yet confirmed.
 * @cssprop --osms-radius - Corner radius.
 * @cssprop --osms-space - Spacing unit.
 * @cssprop --osms-focus-ring - Focus outline.
 */
export class ExemptionList extends OsmsElement<ExemptionListEvents> {
  /** The lists describe the rules from the start of OSMS, 1 January 2020. */
  static override rulesFrom = OSMS_START;

  static override styles = [baseStyles, listStyles, filterStyles, styles];

  static override properties = { searchable: booleanAttribute, checkerHref: { attribute: 'checker-href' } };

  /** Adds a box that filters the groups as you type. `searchable="false"` (as React 18 writes it) is off. */
  searchable = false;

  /** An http(s) or relative URL of a coverage check; each group then links there. Other URLs are ignored with a warning (the property then reads `null`). */
  checkerHref: string | null = null;

  private href: string | null = null;
  private readonly filter = new FilterBox(this);

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    super.willUpdate(changed);
    if (changed.has('checkerHref')) this.checkerHref = this.href = safeHref('checker-href', this.checkerHref);
  }

  protected override renderContent() {
    const all = categoriesOn(this.date);
    // Searched: the best matches first (see FilterBox).
    const shown = this.searchable ? this.filter.filter(all, (c) => groupSearchFields(c, this.date), this.date) : all;
    const date = formatDay(this.date);
    return html`
      ${this.heading(0, msg('Who does not pay: the state pays for them', { id: 'exemptions.title' }))}
      <p>${msg('For these people the state pays the health insurance contributions, so they are insured without paying themselves.', { id: 'exemptions.intro' })}</p>
      <p class="meta">${msg(str`The list in force on ${date}. The numbers are those of the official list.`, { id: 'exemptions.as-of' })}</p>
      ${
        this.searchable
          ? this.filter.render(msg('Find a group', { id: 'exemptions.search' }), countText(shown.length, all.length))
          : nothing
      }
      ${shown.length === 0 && all.length > 0 ? this.filter.renderNoMatches() : this.renderGroups(shown)}
    `;
  }

  /** Groups whose number in the official list is confirmed, in that order; then the others, unnumbered. */
  private renderGroups(shown: readonly Category[]) {
    // Until idle time, only the first items (see Deferred).
    const first = firstItems(this.deferred.done);
    const numbered = first(shown.filter((c) => officialNumber(c, this.date) !== undefined));
    const others = first(shown.filter((c) => officialNumber(c, this.date) === undefined));
    return html`
      ${
        numbered.length
          ? html`<ol class="items">
            ${numbered.map((c) => html`<li part="item">${this.renderCategory(c)}</li>`)}
          </ol>`
          : nothing
      }
      ${
        others.length
          ? html`
            ${this.heading(1, msg('Other groups the state pays for', { id: 'exemptions.others' }))}
            <p class="meta">
              ${msg('Their place in the official list is not confirmed, so they are shown without a number.', {
                id: 'exemptions.others.note',
              })}
            </p>
            <ul class="items">
              ${others.map((c) => html`<li part="item">${this.renderCategory(c)}</li>`)}
            </ul>
          `
          : nothing
      }
    `;
  }

  private renderCategory(c: Category) {
    const number = officialNumber(c, this.date);
    return html`
      <details>
        <summary part="summary">
          ${number !== undefined ? html`<span class="number" part="number">${number}.</span> ` : nothing}${categoryName(c.id)}
          ${changeMarkView(c, this.date)}
        </summary>
        ${this.deferred.done ? this.renderBody(c) : nothing}
      </details>
    `;
  }

  /** An item's body: rendered after the first paint (see Deferred). */
  private renderBody(c: Category) {
    const conditions = conditionsOn(c, this.date);
    return html`
        <div class="body">
          <p>${categoryWho(c.id)}</p>
          ${
            conditions.length
              ? html`
                <p class="label">${msg('Who exactly qualifies:', { id: 'exemptions.conditions' })}</p>
                <ul>
                  ${conditions.map((id) => html`<li>${conditionText(id)}</li>`)}
                </ul>
              `
              : nothing
          }
          <p><span class="label">${msg('What proves it:', { id: 'exemptions.proof' })}</span> ${proofText(c.proof)}</p>
          ${proofOf(c.proof).unconfirmed ? html`<p class="note proof-note">${unconfirmedNote()}</p>` : nothing}
          ${budgetText(c, this.date)}
          ${c.unconfirmed ? html`<p class="note">${unconfirmedNote()}</p>` : nothing}
          <p class="meta">
            ${inForceText(c)} ${sourceWord()}
            <a href=${c.source}>${sourceLabel(c.source)}</a>
          </p>
          ${
            this.href
              ? html`<p>
                <a class="check" part="link" href=${this.href} @click=${(event: MouseEvent) => this.select(c.id, event)}>
                  ${msg('Check your coverage', { id: 'exemptions.check' })}
                </a>
              </p>`
              : nothing
          }
        </div>
    `;
  }

  /** Tells the host which group was chosen; a host that cancels the event keeps the page. */
  private select(category: CategoryId, event: MouseEvent): void {
    if (!this.emit('exemption-select', { category }, true)) event.preventDefault();
  }
}

/** The category's number in the official list on `date`, when that number is confirmed. */
function officialNumber(c: Category, date: IsoDate): number | undefined {
  const number = valueOn(c.numbers, date);
  return number && !number.unconfirmed ? number.value : undefined;
}

/** Which budget pays, and since when if that changed. */
function budgetText(c: Category, date: IsoDate) {
  const budget = valueOn(c.budget, date);
  if (!budget || budget.unconfirmed) return nothing;
  const since = formatDay(budget.since);
  return html`<p>
    ${payerText(budget.value)}
    ${budget.since > c.since ? msg(str`(since ${since})`, { id: 'exemptions.payer-since' }) : nothing}
  </p>`;
}

function inForceText(c: Category): string {
  const since = formatDay(c.since);
  if (!c.until) return inForceSinceText(since);
  const until = formatDay(c.until);
  return msg(str`In force from ${since} to ${until}.`, { id: 'exemptions.since-until' });
}

function countText(shown: number, total: number): string {
  return plural(total, {
    one: msg(str`${shown} of ${total} group`, { id: 'exemptions.count.one' }),
    few: msg(str`${shown} of ${total} groups`, { id: 'exemptions.count.few' }),
    many: msg(str`${shown} of ${total} groups`, { id: 'exemptions.count.many' }),
    other: msg(str`${shown} of ${total} groups`, { id: 'exemptions.count.other' }),
  });
}

declare global {
  interface HTMLElementTagNameMap {
    'exemption-list': ExemptionList;
  }
  interface GlobalEventHandlersEventMap {
    'exemption-select': ExemptionSelectEvent;
  }
}

const PROOF_FACTS: readonly { id: string; unconfirmed?: true }[] = PROOFS;

/** Whether what proves a category is confirmed by an official text. */
function proofOf(id: string): { unconfirmed?: true } {
  return PROOF_FACTS.find((p) => p.id === id) ?? {};
}
