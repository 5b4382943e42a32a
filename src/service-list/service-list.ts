import { html } from 'lit';
import { msg } from '@lit/localize';
import { OsmsElement } from '../internal/osms-element.js';
import { baseStyles } from '../internal/base.styles.js';
import { styles } from './service-list.styles.js';

/**
 * The medical services free for everyone entitled (GOBMP) and those added for the
 * insured (OSMS), each explained in plain words.
 *
 * @attr lang - Language of the widgets on the page: `kk`, `ru` or `en`.
 * @attr heading-level - Level (1–6) of the widget's top heading. Default 2.
 * @attr rules-date - ISO date whose rules apply. Default today.
 * @slot - No-JS fallback; hidden once the widget renders.
 * @csspart base - The widget's box.
 * @csspart heading - Every heading.
 */
export class ServiceList extends OsmsElement {
  static override styles = [baseStyles, styles];

  protected override renderContent() {
    return html`
      ${this.heading(0, msg('Free medical care and what insurance adds', { id: 'services.title' }))}
      <p>${msg('Some care is free for everyone entitled to it; more is free for those who are insured.', { id: 'services.intro' })}</p>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'service-list': ServiceList;
  }
}
