/**
 * osms-widgets: defines `<coverage-checker>`, `<service-list>` and `<exemption-list>`
 * and exports the page-locale API.
 */
export { CoverageChecker } from './coverage-checker/define.js';
export { ServiceList } from './service-list/define.js';
export { ExemptionList } from './exemption-list/define.js';
export { getLocale, setLocale } from './internal/locale.js';
export { VERSION as version } from './internal/define.js';
export type { Locale } from './internal/locale-resolve.js';
export type { RulesStaleDetail } from './internal/stale-notice.js';
