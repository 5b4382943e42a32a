/**
 * The drop-in script: everything in one file. Also offers the locale API on
 * `window.OsmsWidgets` for pages without modules; the first copy on a page keeps it.
 */
import { getLocale, setLocale, version } from './index.js';

export * from './index.js';

declare global {
  interface Window {
    OsmsWidgets?: { getLocale: typeof getLocale; setLocale: typeof setLocale; version: string };
  }
}

// The first copy on the page sets it. Checked as an own property, not by value: an element
// with id="OsmsWidgets" shows through `window.OsmsWidgets` too (named access).
if (!Object.hasOwn(window, 'OsmsWidgets')) window.OsmsWidgets = { getLocale, setLocale, version };
