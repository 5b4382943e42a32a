// The locales, from lit-localize.json and nowhere else: the build, the message tables, the
// size report, the SRI list and the tests read them here.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** lit-localize.json, with what @lit/localize-tools adds to a config it reads itself. */
export function localizeConfig() {
  const json = JSON.parse(readFileSync(resolve(ROOT, 'lit-localize.json'), 'utf8'));
  return { ...json, baseDir: ROOT, resolve: (path) => resolve(ROOT, path) };
}

const { sourceLocale, targetLocales } = localizeConfig();
/** The locale the source is written in (English). */
export const SOURCE_LOCALE = sourceLocale;
/** The locales translated in xliff/. */
export const TARGET_LOCALES = [...targetLocales];
/** Every locale, the source first. */
export const LOCALES = [sourceLocale, ...targetLocales];
