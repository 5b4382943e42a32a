// One-language drop-ins (`dist/osms-widgets.kk.js`, `.ru.js`, `.en.js`): the same
// elements, built with one locale only. This plugin does two things and nothing else:
// - it replaces src/internal/bundled-locales.ts by a module that carries only the chosen
//   locale's table (none for `en`, the source locale) and names it in `only`, so the
//   page locale is always that one. How a table is written stays the business of the
//   locale modules and of the plugin that ships them (vite-message-ids.mjs);
// - for `kk` and `ru`, it empties the English source text of each msg() call, which
//   only the `en` locale shows: msg('English…', { id }) → msg('', { id }), and
//   msg(str`Text ${a} more ${b}`, { id }) → msg(str`${a}${b}`, { id }) (the values stay,
//   in order; the translation places them). The build fails on a call whose text is not
//   a literal or a str`` template, so no English is left behind unnoticed.
import { fileURLToPath } from 'node:url';
import MagicString from 'magic-string';
import ts from 'typescript';

const BUNDLED = fileURLToPath(new URL('../src/internal/bundled-locales.ts', import.meta.url));
const LOCALES_DIR = fileURLToPath(new URL('../src/generated/locales/', import.meta.url));

/** @param {'kk' | 'ru' | 'en'} locale */
export function oneLocale(locale) {
  if (!['kk', 'ru', 'en'].includes(locale)) throw new Error(`oneLocale: unknown locale ${locale}`);
  return {
    name: 'osms-one-locale',
    enforce: 'pre',
    load(id) {
      if (id.split('?')[0] !== BUNDLED) return null;
      if (locale === 'en') return 'export const bundled = {};\nexport const only = "en";\n';
      const table = JSON.stringify(`${LOCALES_DIR}${locale}.ts`);
      return `import { templates } from ${table};\nexport const bundled = { ${locale}: { templates } };\nexport const only = ${JSON.stringify(locale)};\n`;
    },
    transform(code, file) {
      if (locale === 'en' || !/\/src\/.*\.ts$/.test(file) || /\/src\/generated\//.test(file)) return null;
      if (!code.includes('msg(')) return null;
      const out = stripEnglish(code, file);
      return out === code ? null : { code: out, map: null };
    },
  };
}

/** msg(<English>, …) → msg(<nothing but the values>, …) in one source file. */
export function stripEnglish(code, file = 'source.ts') {
  const source = ts.createSourceFile(file, code, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const out = new MagicString(code);
  const visit = (node) => {
    if (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === 'msg') {
      const [text] = node.arguments;
      const where = () => {
        const { line, character } = source.getLineAndCharacterOfPosition(node.getStart(source));
        return `${file}:${line + 1}:${character + 1}`;
      };
      if (!text) throw new Error(`${where()}: msg() without a text`);
      if (ts.isStringLiteral(text) || ts.isNoSubstitutionTemplateLiteral(text)) {
        out.overwrite(text.getStart(source), text.getEnd(), "''");
      } else if (
        ts.isTaggedTemplateExpression(text) &&
        ts.isIdentifier(text.tag) &&
        text.tag.text === 'str' &&
        ts.isTemplateExpression(text.template)
      ) {
        const values = text.template.templateSpans.map((span) => '${' + span.expression.getText(source) + '}');
        out.overwrite(text.template.getStart(source), text.template.getEnd(), '`' + values.join('') + '`');
      } else {
        throw new Error(`${where()}: msg() whose text is neither a string literal nor str\`\``);
      }
      return;
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return out.toString();
}
