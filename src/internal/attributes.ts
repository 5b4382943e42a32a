/**
 * Reading the widgets' attributes: each function returns the value the widget uses. A
 * value it cannot use falls back to the default, with one console warning per value;
 * the widget then writes that value back to its property, so that the property always
 * tells what the widget shows (a bad `rules-date` reads back as `null`: today).
 */
import { isIsoDate } from '../core/index.js';
import { warnOnce } from './warn.js';

const absent = (raw: unknown): boolean => raw === null || raw === undefined || raw === '';

/**
 * A boolean attribute: present means on, as in HTML, except the value "false", which
 * React 18 writes for `searchable={false}` (it sets every prop of a custom element as
 * a string attribute; React 19 sets the property instead).
 */
export const booleanAttribute = {
  converter: (value: string | null): boolean => value !== null && value.trim().toLowerCase() !== 'false',
};

/** `raw` if it is one of `allowed`; otherwise `fallback`. */
export function oneOf<T extends string>(name: string, raw: unknown, allowed: readonly T[], fallback: T): T {
  if (absent(raw)) return fallback;
  if ((allowed as readonly unknown[]).includes(raw)) return raw as T;
  warnOnce(`${name}="${String(raw)}" is not one of ${allowed.join(', ')}; using ${fallback}.`);
  return fallback;
}

/**
 * A heading level 1–6; 2 by default. The attribute is one digit: `Number()` would also
 * take "0x3", "1e0" or " 3 ", which no heading level is written as.
 */
export function headingLevel(raw: unknown): number {
  if (absent(raw)) return 2;
  const level = typeof raw === 'number' ? raw : /^[1-6]$/.test(String(raw)) ? Number(raw) : NaN;
  if (Number.isInteger(level) && level >= 1 && level <= 6) return level;
  warnOnce(`heading-level="${String(raw)}" is not 1–6; using 2.`);
  return 2;
}

/** An ISO date (YYYY-MM-DD), or null for today. */
export function isoDate(name: string, raw: unknown): string | null {
  if (absent(raw)) return null;
  const value = String(raw).trim();
  if (isIsoDate(value)) return value;
  warnOnce(`${name}="${String(raw)}" is not a date (YYYY-MM-DD); using today.`);
  return null;
}

/** An http(s) or relative URL, or null (no link). */
export function safeHref(name: string, raw: unknown): string | null {
  if (absent(raw) || String(raw).trim() === '') return null;
  const url = String(raw);
  if (['https:', 'http:'].includes(protocolOf(url))) return url;
  warnOnce(`${name}="${url}" is not an http(s) or relative URL; no link is shown.`);
  return null;
}

/** The scheme as the browser reads it (it strips tabs and newlines: "java\nscript:" too). */
function protocolOf(url: string): string {
  try {
    return new URL(url, 'https://relative.invalid/').protocol;
  } catch {
    return '';
  }
}
