/**
 * The <exemption-list> drop-in script: that element alone, for pages that show no other, with
 * only the messages and the data it uses. Like the full drop-in, it offers the locale API
 * on `window.OsmsWidgets`; the first osms-widgets file on a page keeps it.
 */
import { getLocale, setLocale } from './internal/locale.js';
import { VERSION as version } from './internal/define.js';

export { ExemptionList } from './exemption-list/define.js';
export { getLocale, setLocale, version };

window.OsmsWidgets ??= { getLocale, setLocale, version };
