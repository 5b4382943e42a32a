import { html } from 'lit';
import { msg } from '@lit/localize';
import { OsmsElement } from '../internal/osms-element.js';
import { baseStyles } from '../internal/base.styles.js';
import { styles } from './exemption-list.styles.js';

/**
 * The groups of people for whom the state pays health insurance contributions, as in
 * force on `rules-date`, each with who exactly qualifies and what proves it.
 *
 * @attr lang - Language of the widgets on the page: `kk`, `ru` or `en`.
 * @attr heading-level - Level (1–6) of the widget's top heading. Default 2.
 * @attr rules-date - ISO date whose rules apply. Default today.
 * @slot - No-JS fallback; hidden once the widget renders.
 * @csspart base - The widget's box.
 * @csspart heading - Every heading.
 */
export class ExemptionList extends OsmsElement {
  static override styles = [baseStyles, styles];

  protected override renderContent() {
    return html`
      ${this.heading(0, msg('Who does not pay: the state pays for them', { id: 'exemptions.title' }))}
      <p>${msg('For these people the state pays the health insurance contributions, so they are insured without paying themselves.', { id: 'exemptions.intro' })}</p>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'exemption-list': ExemptionList;
  }
}
