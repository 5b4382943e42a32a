import { LitElement, html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { msg, str, updateWhenLocaleChanges } from '@lit/localize';
import { connectWidget, disconnectWidget, getLocale, localeReady, noteWidgetLang, type LocaleAware } from './locale.js';
import { VERSION } from './define.js';
import { EPOCH, today } from '../core/index.js';
import { headingLevel as validLevel, isoDate } from './attributes.js';
import { formatDay } from './format.js';
import { warnOnce } from './warn.js';
import { staleDetail, staleNotice, type RulesStaleDetail } from './stale-notice.js';

type HeadingTemplate = (content: unknown, id: string | undefined) => TemplateResult;

// One template per level: smaller than lit/static-html for a dynamic tag name.
const HEADINGS: readonly HeadingTemplate[] = [
  (c, id) => html`<h1 part="heading" id=${ifDefined(id)} tabindex="-1">${c}</h1>`,
  (c, id) => html`<h2 part="heading" id=${ifDefined(id)} tabindex="-1">${c}</h2>`,
  (c, id) => html`<h3 part="heading" id=${ifDefined(id)} tabindex="-1">${c}</h3>`,
  (c, id) => html`<h4 part="heading" id=${ifDefined(id)} tabindex="-1">${c}</h4>`,
  (c, id) => html`<h5 part="heading" id=${ifDefined(id)} tabindex="-1">${c}</h5>`,
  (c, id) => html`<h6 part="heading" id=${ifDefined(id)} tabindex="-1">${c}</h6>`,
];

/**
 * What every widget shares: the page locale, `heading-level` and `rules-date` with
 * validation, an `emit()` typed by the widget's own `Events` (event name → detail), the
 * `lang` of its shadow content, and the notice (with the `osms-rules-stale` event) when
 * the rules date is past the data horizon.
 *
 * @fires {CustomEvent<RulesStaleDetail>} osms-rules-stale - `{ rulesDate, reviewed, horizon, version }` when the widget shows a rules date past the last day its data covers (its rules may be out of date: update the files).
 * @attr lang - Language of the widgets on the page: `kk`, `ru` or `en` (also `kk-KZ`, `ru-RU`…).
 */
export abstract class OsmsElement<Events extends object = Record<never, never>>
  extends LitElement
  implements LocaleAware
{
  static readonly version = VERSION;

  // Reactive properties without decorators: the decorator runtime is not shipped.
  static override properties: PropertyDeclarations = {
    headingLevel: { attribute: 'heading-level' },
    rulesDate: { attribute: 'rules-date' },
  };

  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'lang'];
  }

  /**
   * Level (1–6) of the widget's top heading; its inner headings are one level below. Default
   * 2; any other value falls back to 2 with a warning (the property then reads 2).
   */
  headingLevel: string | number | null = null;

  /**
   * ISO date (YYYY-MM-DD) whose rules apply, to preview announced changes. Default (and
   * `null`): today. A value that is not a date, or a date outside the rules described,
   * falls back to today with a warning, and the property then reads `null`.
   */
  rulesDate: string | null = null;

  /** @internal When this widget's own `lang` was last set: page-locale bookkeeping. */
  langSetAt = 0;

  constructor() {
    super();
    updateWhenLocaleChanges(this);
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang' && old !== value) noteWidgetLang(this);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    connectWidget(this);
    // Detached, it missed any language change: draw again if the page's language moved on.
    if (this.renderedIn && this.renderedIn !== getLocale()) this.requestUpdate();
  }

  /** The locale of the last render. */
  private renderedIn?: string;

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    disconnectWidget(this);
  }

  /**
   * An XHTML page (served as XML) cannot take Lit's templates, which are HTML: there the
   * widget renders nothing, has no shadow root, and its fallback content stays shown.
   */
  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    return this.ownerDocument.contentType === 'text/html' ? super.createRenderRoot() : this;
  }

  protected override shouldUpdate(changed: PropertyValues): boolean {
    if (this.renderRoot !== this) return super.shouldUpdate(changed);
    warnOnce('XHTML pages are not supported; the fallback content stays shown.');
    return false;
  }

  /** Waits for the resolved locale before painting, so no wrong-language flash. */
  protected override async scheduleUpdate(): Promise<void> {
    const ready = localeReady();
    if (ready) await ready;
    super.scheduleUpdate();
  }

  /** The validated top heading level (1–6). */
  protected level = 2;

  /** The validated day whose rules apply. */
  protected date = today();

  /** A valid `rules-date` outside the rules described, shown with a notice. */
  private dateOutOfRange?: string;

  /** The first day whose rules this widget describes (subclasses with later data raise it). */
  static rulesFrom = EPOCH;

  /**
   * Validates the common attributes as they change; a bad value falls back, warns once,
   * and the value in use is written back to the property.
   */
  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (changed.has('headingLevel') || !this.hasUpdated) this.headingLevel = this.level = validLevel(this.headingLevel);
    if (changed.has('rulesDate') || !this.hasUpdated) {
      const from = (this.constructor as typeof OsmsElement).rulesFrom;
      const date = isoDate('rules-date', this.rulesDate) ?? today();
      // Rules are announced a few years ahead at most: a later date is a mistake, not a preview.
      const until = `${Number(today().slice(0, 4)) + 5}${today().slice(4)}`;
      this.dateOutOfRange = date < from || date > until ? date : undefined;
      if (this.dateOutOfRange)
        warnOnce(`rules-date="${date}" is outside the rules described (${from} to ${until}); using today.`);
      this.date = this.dateOutOfRange ? today() : date;
      if (this.rulesDate !== null)
        this.rulesDate = this.dateOutOfRange || date !== String(this.rulesDate).trim() ? null : date;
    }
  }

  /** A heading `depth` levels below the widget's top heading (capped at h6). */
  protected heading(depth: number, content: unknown, id?: string): TemplateResult {
    return HEADINGS[Math.min(this.level - 1 + depth, 5)](content, id);
  }

  /** The rules date for which `osms-rules-stale` was last fired. */
  private staleFiredFor?: string;

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const stale = staleDetail(this.date);
    if (stale && stale.rulesDate !== this.staleFiredFor) {
      this.dispatchEvent(
        new CustomEvent<RulesStaleDetail>('osms-rules-stale', { detail: stale, bubbles: true, composed: true }),
      );
    }
    this.staleFiredFor = stale?.rulesDate;
  }

  /**
   * Dispatches a bubbling, composed event of the widget's own `Events` (a misspelt name
   * or a wrong detail does not compile); returns false if a listener cancelled it. The
   * detail is a copy: a listener that changes it cannot change the widget's own data.
   */
  protected emit<K extends keyof Events & string>(type: K, detail: Events[K], cancelable = false): boolean {
    return this.dispatchEvent(
      new CustomEvent<Events[K]>(type, { detail: structuredClone(detail), bubbles: true, composed: true, cancelable }),
    );
  }

  protected abstract renderContent(): unknown;

  protected override render(): TemplateResult {
    this.renderedIn = getLocale();
    return html`<div class="root" part="base" lang=${this.renderedIn}>
      ${
        this.dateOutOfRange
          ? html`<p class="notice" part="notice" role="note">
            ${msg(str`No rules are described here for ${formatDay(this.dateOutOfRange)}. You see today’s rules instead.`, { id: 'dates.out-of-range' })}
          </p>`
          : nothing
      }
      ${staleNotice(this.date)}
      ${this.renderContent()}
    </div>`;
  }
}
