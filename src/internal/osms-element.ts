import {
  LitElement,
  adoptStyles,
  html,
  nothing,
  type CSSResultOrNative,
  type PropertyDeclarations,
  type PropertyValues,
  type TemplateResult,
} from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { msg, str, updateWhenLocaleChanges } from '@lit/localize';
import { connectWidget, disconnectWidget, getLocale, localeReady, noteWidgetLang, type LocaleAware } from './locale.js';
import { VERSION } from './define.js';
import { EPOCH, today } from '../core/index.js';
import { headingLevel as validLevel, isoDate } from './attributes.js';
import { formatDay } from './format.js';
import { warnOnce } from './warn.js';
import { staleDetail, staleNotice, type RulesStaleDetail } from './stale-notice.js';
import { Deferred, type DeferUntil } from './deferred.js';

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

/** Each window's copies of the widgets' style sheets, made for a widget moved into its document. */
const sheetsByWindow = new WeakMap<Window, Map<CSSResultOrNative, CSSStyleSheet>>();

function sheetsIn(view: Window, styles: readonly CSSResultOrNative[]): CSSStyleSheet[] {
  let made = sheetsByWindow.get(view);
  if (!made) sheetsByWindow.set(view, (made = new Map()));
  return styles.map((style) => {
    let sheet = made.get(style);
    if (!sheet) {
      sheet = new (view as unknown as typeof globalThis).CSSStyleSheet();
      sheet.replaceSync(
        'cssText' in style ? style.cssText : [...style.cssRules].map((rule) => rule.cssText).join('\n'),
      );
      made.set(style, sheet);
    }
    return sheet;
  });
}

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
   * Level (1–6, one digit) of the widget's top heading; its inner headings are one level
   * below. Default 2; any other value falls back to 2 with a warning (the property then
   * reads 2).
   */
  headingLevel: string | number | null = null;

  /**
   * ISO date (YYYY-MM-DD) whose rules apply, to preview announced changes. Default (and
   * `null`): today in Kazakhstan (UTC+5), whatever the device's time zone; after midnight
   * the new day is taken up at the next interaction or when the page is shown again. A
   * value that is not a date, or a date outside the rules described, falls back to today
   * with a warning, and the property then reads `null`.
   */
  rulesDate: string | null = null;

  /** @internal When this widget's own `lang` was last set: page-locale bookkeeping. */
  langSetAt = 0;

  /** When the widget's deferred part comes (see Deferred): in idle time unless a widget says otherwise. */
  protected static deferUntil: DeferUntil = 'idle';

  /** What the widget renders after its first paint, and its printing. */
  protected readonly deferred = new Deferred(this, (this.constructor as typeof OsmsElement).deferUntil, () =>
    this.performUpdate(),
  );

  constructor() {
    super();
    updateWhenLocaleChanges(this);
    // A new day in Kazakhstan is taken up at the next interaction with the widget (and
    // when the page is shown again), never under the reader's eyes.
    for (const type of ['pointerdown', 'keydown', 'focusin']) this.addEventListener(type, this.noticeNewDay, true);
  }

  /**
   * Resolves once the widget shows everything, with what it renders after its first
   * paint (the lists' later items and their bodies, the second part of the checker's
   * result); `updateComplete` resolves after the first part. A widget that is not in a
   * document waits until it is added to one.
   */
  whenSettled(): Promise<void> {
    return this.deferred.settled();
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang' && old !== value) noteWidgetLang(this);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    connectWidget(this);
    this.shownIn = this.ownerDocument;
    this.shownIn.addEventListener('visibilitychange', this.noticeNewDay);
    // Detached, it missed any language change: draw again if the page's language moved on.
    if (this.renderedIn && this.renderedIn !== getLocale()) this.requestUpdate();
    this.noticeNewDay();
  }

  /** The locale of the last render. */
  private renderedIn?: string;

  /** The document the widget is in (the one it was in, while its removal is being handled). */
  private shownIn?: Document;

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    disconnectWidget(this);
    this.shownIn?.removeEventListener('visibilitychange', this.noticeNewDay);
    this.shownIn = undefined;
  }

  /**
   * Moved into another document (an iframe's): a constructed style sheet applies only in
   * the document whose window made it, so the styles are made again in that window's.
   */
  adoptedCallback(): void {
    const view = this.ownerDocument.defaultView;
    if (this.renderRoot === this || !view) return;
    const styles = (this.constructor as typeof OsmsElement).elementStyles;
    if (view === window) adoptStyles(this.renderRoot as ShadowRoot, styles);
    else (this.renderRoot as ShadowRoot).adoptedStyleSheets = sheetsIn(view, styles);
  }

  /** The day in Kazakhstan when the rules date was chosen. */
  private chosenOn = '';

  /** Set when a new day has come since: the next update chooses the rules date again. */
  private newDay = false;

  /**
   * Whether the widget may move to a new day's rules now: a widget in the middle of
   * something the date decides keeps its day, and calls `takeUpNewDay()` when it is done.
   */
  protected mayMoveToNewDay(): boolean {
    return true;
  }

  private noticeNewDay = (): void => {
    if (!this.hasUpdated || this.newDay || today() === this.chosenOn || !this.mayMoveToNewDay()) return;
    this.newDay = true;
    this.requestUpdate();
  };

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
    if (changed.has('rulesDate') || !this.hasUpdated || this.newDay) this.chooseDate();
  }

  /** Chooses the day whose rules apply, from `rules-date` and today in Kazakhstan. */
  private chooseDate(): void {
    const now = (this.chosenOn = today());
    this.newDay = false;
    const from = (this.constructor as typeof OsmsElement).rulesFrom;
    const date = isoDate('rules-date', this.rulesDate) ?? now;
    // Rules are announced a few years ahead at most: a later date is a mistake, not a preview.
    const until = `${Number(now.slice(0, 4)) + 5}${now.slice(4)}`;
    this.dateOutOfRange = date < from || date > until ? date : undefined;
    if (this.dateOutOfRange)
      warnOnce(`rules-date="${date}" is outside the rules described (${from} to ${until}); using today.`);
    this.date = this.dateOutOfRange ? now : date;
    if (this.rulesDate !== null)
      this.rulesDate = this.dateOutOfRange || date !== String(this.rulesDate).trim() ? null : date;
  }

  /** Takes up a new day in Kazakhstan now, if one has come since the rules date was chosen. */
  protected takeUpNewDay(): void {
    if (this.hasUpdated && today() !== this.chosenOn) this.chooseDate();
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
