import { html, nothing, type TemplateResult } from 'lit';
import { DATA_HORIZON, RULES_REVIEWED, isPastHorizon, sources } from '../core/index.js';
import { staleCheck, staleText } from '../content/currency.js';
import { formatDay } from './format.js';
import { VERSION } from './define.js';

/** Detail of `osms-rules-stale`: which rules date went past which horizon, in which copy. */
export interface RulesStaleDetail {
  /** The rules date the widget shows. */
  rulesDate: string;
  /** The day the rules in this copy were last checked. */
  reviewed: string;
  /** The last day this copy's data covers with confidence. */
  horizon: string;
  /** The version of the package this copy comes from. */
  version: string;
}

/** The detail of `osms-rules-stale` for a widget showing `date`, or undefined while the data covers it. */
export function staleDetail(date: string): RulesStaleDetail | undefined {
  return isPastHorizon(date)
    ? { rulesDate: date, reviewed: RULES_REVIEWED, horizon: DATA_HORIZON, version: VERSION }
    : undefined;
}

/** The polite notice that the rules may be out of date, with where to check; nothing before the horizon. */
export function staleNotice(date: string): TemplateResult | typeof nothing {
  if (!isPastHorizon(date)) return nothing;
  return html`<p class="notice" part="notice" role="note">
    ${staleText(formatDay(RULES_REVIEWED))} ${staleCheck()}
    <a href=${sources.FUND}>msqory.kz</a>, <a href="tel:1406">1406</a>.
  </p>`;
}

declare global {
  interface GlobalEventHandlersEventMap {
    'osms-rules-stale': CustomEvent<RulesStaleDetail>;
  }
}
