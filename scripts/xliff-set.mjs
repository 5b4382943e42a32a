#!/usr/bin/env node
// Merges translations into xliff/<locale>.xlf: `node scripts/xliff-set.mjs kk kk.json`
// where the JSON maps message ids to targets; `{0}`, `{1}`… stand for the source's
// placeholders (its `${…}` expressions, in order). Run `npm run i18n` first so the
// ids exist, and `npm run i18n:build` after.
import { readFileSync } from 'node:fs';
import { setTargets, TARGET_LOCALES } from './xliff.mjs';

const [locale, file] = process.argv.slice(2);
if (!TARGET_LOCALES.includes(locale) || !file) {
  console.error('usage: node scripts/xliff-set.mjs <kk|ru> <translations.json>');
  process.exit(2);
}
const missing = setTargets(`xliff/${locale}.xlf`, JSON.parse(readFileSync(file, 'utf8')));
if (missing.length) {
  console.error(`not in xliff/${locale}.xlf (run npm run i18n:extract first): ${missing.join(', ')}`);
  process.exit(1);
}
