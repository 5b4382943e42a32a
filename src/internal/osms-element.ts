import { LitElement, html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { msg, str, updateWhenLocaleChanges } from '@lit/localize';
import { connectWidget, disconnectWidget, getLocale, localeReady, noteWidgetLang, type LocaleAware } from './locale.js';
import { VERSION } from './define.js';
import { isIsoDate, today } from '../core/dates.js';
import { EPOCH } from '../core/data/epoch.js';
import { formatDay } from './format.js';
import { warnOnce } from './warn.js';

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
 * validation, a typed `emit()`, and the `lang` of its shadow content.
 */
export abstract class OsmsElement extends LitElement implements LocaleAware {
  static readonly version = VERSION;

  // Reactive properties without decorators: the decorator runtime is not shipped.
  static override properties: PropertyDeclarations = {
    headingLevel: { attribute: 'heading-level' },
    rulesDate: { attribute: 'rules-date' },
  };

  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'lang'];
  }

  /** Level (1–6) of the widget's own top heading; inner headings follow it. */
  headingLevel: string | number | null = null;

  /** ISO date whose rules apply (for previews of announced changes); default today. */
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
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    disconnectWidget(this);
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

  /** Validates the common attributes as they change; a bad value falls back and warns once. */
  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (changed.has('headingLevel')) this.level = validLevel(this.headingLevel);
    if (changed.has('rulesDate') || !this.hasUpdated) {
      const from = (this.constructor as typeof OsmsElement).rulesFrom;
      const date = validDate(this.rulesDate);
      // Rules are announced a few years ahead at most: a later date is a mistake, not a preview.
      const until = `${Number(today().slice(0, 4)) + 5}${today().slice(4)}`;
      this.dateOutOfRange = date < from || date > until ? date : undefined;
      if (this.dateOutOfRange) warnOnce(`rules-date="${date}" is outside the rules described (${from} to ${until}); using today.`);
      this.date = this.dateOutOfRange ? today() : date;
    }
  }

  /** A heading `depth` levels below the widget's top heading (capped at h6). */
  protected heading(depth: number, content: unknown, id?: string): TemplateResult {
    return HEADINGS[Math.min(this.level - 1 + depth, 5)](content, id);
  }

  /** Dispatches a bubbling, composed event; returns false if a listener cancelled it. */
  protected emit<T>(type: string, detail: T, cancelable = false): boolean {
    return this.dispatchEvent(new CustomEvent<T>(type, { detail, bubbles: true, composed: true, cancelable }));
  }

  protected abstract renderContent(): unknown;

  protected override render(): TemplateResult {
    return html`<div class="root" part="base" lang=${getLocale()}>
      ${this.dateOutOfRange
        ? html`<p class="notice" part="notice" role="note">
            ${msg(str`No rules are described here for ${formatDay(this.dateOutOfRange)}. You see today’s rules instead.`, { id: 'dates.out-of-range' })}
          </p>`
        : nothing}
      ${this.renderContent()}
    </div>`;
  }
}

function validLevel(raw: unknown): number {
  if (raw === null || raw === undefined || raw === '') return 2;
  const level = Number(raw);
  if (Number.isInteger(level) && level >= 1 && level <= 6) return level;
  warnOnce(`heading-level="${String(raw)}" is not 1–6; using 2.`);
  return 2;
}

function validDate(raw: unknown): string {
  if (raw === null || raw === undefined || raw === '') return today();
  const value = String(raw).trim();
  if (isIsoDate(value)) return value;
  warnOnce(`rules-date="${String(raw)}" is not a date (YYYY-MM-DD); using today.`);
  return today();
}
