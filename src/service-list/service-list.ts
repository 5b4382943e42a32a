import { html, nothing } from 'lit';
import { msg, str } from '@lit/localize';
import { OSMS_START, servicesOn, type PackageId, type Service, type ServiceId } from '../core/index.js';
import { exampleName, packageName, packageWho, serviceExplanation, serviceName } from '../content/services.js';
import { serviceSearchFields } from '../content/search-words.js';
import { inForceSinceText, sourceWord, unconfirmedNote } from '../content/notes.js';
import { OsmsElement } from '../internal/osms-element.js';
import { baseStyles } from '../internal/base.styles.js';
import { listStyles } from '../internal/list.styles.js';
import { FilterBox, filterStyles, plural } from '../internal/filter-box.js';
import { firstItems } from '../internal/deferred.js';
import { listGapsView } from '../internal/list-gaps.js';
import { changeMarkView, formatDay, sourceLabel } from '../internal/format.js';
import { booleanAttribute, oneOf } from '../internal/attributes.js';
import { styles } from './service-list.styles.js';

const PACKAGES = ['gobmp', 'osms', 'all'] as const;
const VIEWS = ['list', 'compare'] as const;
type PackageChoice = (typeof PACKAGES)[number];
type View = (typeof VIEWS)[number];

/**
 * The medical services free for everyone entitled (GOBMP) and those added for the
 * insured (OSMS), each explained in plain words, as a list per package or as one table.
 *
 * @slot - No-JS fallback; hidden once the widget renders.
 * @csspart base - The widget's box.
 * @csspart heading - Every heading.
 * @csspart item - A service: a list item, or a table row in the compare view.
 * @csspart summary - The name of a service that expands.
 * @csspart table - The compare table.
 * @csspart label - The label of the filter box.
 * @csspart input - The filter box.
 * @csspart count - "N of M services", announced politely.
 * @csspart empty - The answer when nothing matches: care that is not free, or the words to try and 1406.
 * @csspart suggestion - A word to search for instead, offered when nothing matches.
 * @csspart button - The button that clears the filter.
 * @cssprop --osms-font-family - Font; inherits the page's by default.
 * @cssprop --osms-font-size - Base font size. Default `medium`: the reader’s default text size, whatever the page’s root font size.
 * @cssprop --osms-color-text - Text colour.
 * @cssprop --osms-color-muted - Secondary text.
 * @cssprop --osms-color-surface - Background.
 * @cssprop --osms-color-border - Lines between services and table cells.
 * @cssprop --osms-color-accent - Links and buttons.
 * @cssprop --osms-color-on-accent - Text on buttons.
 * @cssprop --osms-color-warning - Mark of a fact not yet confirmed.
 * @cssprop --osms-radius - Corner radius.
 * @cssprop --osms-space - Spacing unit.
 * @cssprop --osms-focus-ring - Focus outline.
 */
export class ServiceList extends OsmsElement {
  /** The lists describe the rules from the start of OSMS, 1 January 2020. */
  static override rulesFrom = OSMS_START;

  static override styles = [baseStyles, listStyles, filterStyles, styles];

  static override properties = { package: {}, view: {}, searchable: booleanAttribute };

  /** `gobmp`, `osms` or `all` (default). Other values fall back to `all` with a warning (the property then reads `all`). */
  package: string | null = null;

  /** `list` (default: grouped, each service expands) or `compare` (one table, a column per package). Other values fall back to `list` with a warning. */
  view: string | null = null;

  /** Adds a box that filters the services as you type. `searchable="false"` (as React 18 writes it) is off. */
  searchable = false;

  private packages: readonly PackageId[] = ['gobmp', 'osms'];
  private shownView: View = 'list';
  private readonly filter = new FilterBox(this);

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    super.willUpdate(changed);
    if (changed.has('package') || !this.hasUpdated) {
      const choice: PackageChoice = oneOf('package', this.package, PACKAGES, 'all');
      this.package = choice;
      this.packages = choice === 'all' ? ['gobmp', 'osms'] : [choice];
    }
    if (changed.has('view') || !this.hasUpdated) this.view = this.shownView = oneOf('view', this.view, VIEWS, 'list');
  }

  protected override renderContent() {
    const all = this.packages.flatMap((pkg) => servicesOn(this.date, pkg));
    // Searched: the best matches first (see FilterBox).
    const shown = this.searchable ? this.filter.filter(all, serviceSearchFields, this.date) : all;
    // Until idle time, only the first items (see Deferred).
    const first = firstItems(this.deferred.done);
    return html`
      ${this.heading(0, msg('Free medical care and what insurance adds', { id: 'services.title' }))}
      <p>${msg('Some care is free for everyone entitled to it; more is free for those who are insured.', { id: 'services.intro' })}</p>
      ${
        this.searchable
          ? this.filter.render(msg('Find a service', { id: 'services.search' }), countText(shown.length, all.length))
          : nothing
      }
      ${
        shown.length === 0 && all.length > 0
          ? this.filter.renderNoMatches()
          : this.shownView === 'compare'
            ? this.renderTable(first(shown))
            : this.packages.map((pkg) => this.renderGroup(pkg, first(shown.filter((s) => s.package === pkg))))
      }
    `;
  }

  private renderGroup(pkg: PackageId, services: readonly Service[]) {
    if (services.length === 0) return nothing;
    return html`
      ${this.heading(1, packageName(pkg))}
      <p>${packageWho(pkg)}</p>
      ${listGapsView(pkg, this.date)}
      <ul class="items">
        ${services.map((s) => html`<li part="item">${renderService(s, this.date, this.deferred.done)}</li>`)}
      </ul>
    `;
  }

  private renderTable(services: readonly Service[]) {
    return html`
      ${this.packages.map(
        (pkg) =>
          html`<p><span class="label">${packageName(pkg)}:</span> ${packageWho(pkg)}</p>${listGapsView(pkg, this.date)}`,
      )}
      <table part="table" role="table">
        <caption>${msg('Which package includes each service', { id: 'services.caption' })}</caption>
        <thead>
          <tr role="row">
            <th scope="col" role="columnheader">${msg('Service', { id: 'services.column' })}</th>
            ${this.packages.map((pkg) => html`<th scope="col" role="columnheader">${packageName(pkg)}</th>`)}
          </tr>
        </thead>
        <tbody>
          ${services.map(
            (s) => html`
              <tr part="item" role="row">
                <th scope="row" role="rowheader">${serviceName(s.id as ServiceId)}${changeMarkView(s, this.date)}</th>
                ${this.packages.map(
                  (pkg) =>
                    html`<td role="cell"><span class="cell-label" aria-hidden="true">${shortName(pkg)}: </span>${cellText(s, pkg)}</td>`,
                )}
              </tr>
            `,
          )}
        </tbody>
      </table>
    `;
  }
}

/** A service as a `<details>`; its body once `withBody` (see Deferred). */
function renderService(s: Service, date: string, withBody: boolean) {
  const id = s.id as ServiceId;
  return html`
    <details>
      <summary part="summary">${serviceName(id)}${changeMarkView(s, date)}</summary>
      ${withBody ? renderServiceBody(s) : nothing}
    </details>
  `;
}

function renderServiceBody(s: Service) {
  const id = s.id as ServiceId;
  return html`
      <div class="body">
        <p>${serviceExplanation(id)}</p>
        ${
          s.examples?.length
            ? html`
              <p class="label">${msg('For example:', { id: 'services.examples' })}</p>
              <ul>
                ${s.examples.map((e) => html`<li>${exampleName(e)}</li>`)}
              </ul>
            `
            : nothing
        }
        ${s.unconfirmed ? html`<p class="note">${unconfirmedNote()}</p>` : nothing}
        <p class="meta">
          ${s.since > OSMS_START ? html`${inForceSince(s.since)} ` : nothing}
          ${sourceWord()} <a href=${s.source}>${sourceLabel(s.source)}</a>
        </p>
      </div>
  `;
}

/** The package's abbreviation, naming a cell's column on narrow screens. */
function shortName(pkg: PackageId): string {
  return pkg === 'gobmp' ? msg('GOBMP', { id: 'services.short.gobmp' }) : msg('OSMS', { id: 'services.short.osms' });
}

/** What a package gives for a service, in words. */
function cellText(s: Service, pkg: PackageId): string {
  const also: readonly PackageId[] = 'alsoIn' in s && s.alsoIn ? s.alsoIn : [];
  if (s.package !== pkg && !also.includes(pkg)) return msg('Not in this package', { id: 'services.cell.no' });
  if (pkg === 'gobmp') return msg('Included', { id: 'services.cell.included' });
  if (s.forCertainGroups) return msg('For certain groups', { id: 'services.cell.groups' });
  return msg('Only if insured', { id: 'services.cell.insured' });
}

function inForceSince(date: string): string {
  const since = formatDay(date);
  return inForceSinceText(since);
}

function countText(shown: number, total: number): string {
  return plural(total, {
    one: msg(str`${shown} of ${total} service`, { id: 'services.count.one' }),
    few: msg(str`${shown} of ${total} services`, { id: 'services.count.few' }),
    many: msg(str`${shown} of ${total} services`, { id: 'services.count.many' }),
    other: msg(str`${shown} of ${total} services`, { id: 'services.count.other' }),
  });
}

declare global {
  interface HTMLElementTagNameMap {
    'service-list': ServiceList;
  }
}
