// One-language drop-ins (`dist/osms-widgets.kk.js`, `.ru.js`, `.en.js`, and the same for
// each element): @lit/localize's transform mode. Its TypeScript transformer (from
// @lit/localize-tools, with the project's lit-localize.json and XLIFF files) replaces
// every msg() call by the text of the one locale — `msg('Continue', { id })` becomes
// `'Жалғастыру'`, a str`` message a template literal with its values in the
// translation's order — and drops `updateWhenLocaleChanges`, which a fixed locale never
// needs. The module that configures @lit/localize (src/internal/localization.ts) is
// replaced by that fixed locale, as `configureTransformLocalization` would give it.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { TransformLitLocalizer } from '@lit/localize-tools/lib/modes/transform.js';
import { LOCALES, localizeConfig } from './locales.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const LOCALIZATION = resolve(ROOT, 'src/internal/localization.ts');
const SRC = resolve(ROOT, 'src');

// One TypeScript program for every build of a process (npm run build runs several).
let shared;
function localizer() {
  if (!shared) {
    const localizer = new TransformLitLocalizer({ ...localizeConfig(), output: { mode: 'transform' } });
    shared = { program: localizer.program, transformers: localizer.transformers() };
  }
  return shared;
}

/** @param {string} locale */
export function localizeTransform(locale) {
  if (!LOCALES.includes(locale)) throw new Error(`localizeTransform: ${locale} is not in lit-localize.json`);
  let transformer;
  // Non-ASCII text as it is (the printer would write `’` as `\u2019`).
  const printer = ts.createPrinter({ neverAsciiEscape: true });
  return {
    name: 'osms-localize-transform',
    enforce: 'pre',
    buildStart() {
      const { program, transformers } = localizer();
      transformer = transformers.get(locale)(program);
    },
    load(id) {
      if (id.split('?')[0] !== LOCALIZATION) return null;
      return [
        `const locale = ${JSON.stringify(locale)};`,
        'export const localization = { getLocale: () => locale, setLocale: () => Promise.resolve() };',
        'export const only = locale;',
      ].join('\n');
    },
    transform(code, id) {
      const file = id.split('?')[0];
      if (!file.startsWith(SRC) || !file.endsWith('.ts') || file === LOCALIZATION) return null;
      if (!code.includes('@lit/localize')) return null;
      const source = localizer().program.getSourceFile(file);
      if (!source) this.error(`${file} is not in the TypeScript program of lit-localize.json's inputFiles`);
      if (source.text !== readFileSync(file, 'utf8')) this.error(`${file} changed during the build`);
      const result = ts.transform(source, [transformer]);
      try {
        return { code: printer.printFile(result.transformed[0]), map: null };
      } finally {
        result.dispose();
      }
    },
  };
}
