import { html } from 'lit';
import { msg } from '@lit/localize';
import { OsmsElement } from '../internal/osms-element.js';
import { baseStyles } from '../internal/base.styles.js';
import { styles } from './coverage-checker.styles.js';

/**
 * A guided check, one question per step, that tells a resident whether they are
 * covered by compulsory social health insurance (OSMS) and what free care (GOBMP)
 * they get, without asking who they are.
 *
 * @attr lang - Language of the widgets on the page: `kk`, `ru` or `en` (also `kk-KZ`, `ru-RU`…).
 * @attr heading-level - Level (1–6) of the widget's top heading. Default 2.
 * @attr rules-date - ISO date whose rules apply. Default today.
 * @slot - No-JS fallback (e.g. a link to the official site); hidden once the widget renders.
 * @csspart base - The widget's box.
 * @csspart heading - Every heading.
 * @cssprop --osms-font-family - Font; inherits the page's by default.
 * @cssprop --osms-color-text - Text colour.
 * @cssprop --osms-color-accent - Links and buttons.
 */
export class CoverageChecker extends OsmsElement {
  static override styles = [baseStyles, styles];

  protected override renderContent() {
    return html`
      ${this.heading(0, msg('Check your health cover', { id: 'checker.title' }))}
      <p class="intro">
        ${msg('Answer a few questions to learn what free medical care you get and whether health insurance covers you. We do not ask for your IIN or name, and nothing you choose leaves this page.', { id: 'checker.intro' })}
      </p>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'coverage-checker': CoverageChecker;
  }
}
