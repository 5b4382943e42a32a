// One-language drop-ins (`dist/osms-widgets.kk.js`, `.ru.js`, `.en.js`): the same
// elements, built with one locale only. This plugin does two things and nothing else:
// - it replaces src/internal/bundled-locales.ts by a module that loads only the chosen
//   locale's table (none for `en`, the source locale) and names it in `only`, so the
//   page locale is always that one. How a table is written (ids, packing) stays the
//   business of the locale modules and of the plugin that ships them;
// - for `kk` and `ru`, it empties the English source text of each msg() call, which
//   only the `en` locale shows: msg('English…', { id }) → msg('', { id }), and
//   msg(str`Text ${a} more ${b}`, { id }) → msg(str`${a}${b}`, { id }) (the values stay,
//   in order; the translation places them). The build fails if a call has a form this
//   cannot read, so no English is left behind unnoticed.
import { fileURLToPath } from 'node:url';

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
      const table = locale === 'en' ? '' : `${locale}: () => import(${JSON.stringify(`${LOCALES_DIR}${locale}.ts`)})`;
      return `export const bundled = {${table}};\nexport const only = ${JSON.stringify(locale)};\n`;
    },
    transform(code, file) {
      if (locale === 'en' || !/\/src\/.*\.ts$/.test(file) || /\/src\/generated\//.test(file)) return null;
      if (!/\bmsg\(/.test(code)) return null;
      const out = stripEnglish(code, file);
      return out === code ? null : { code: out, map: null };
    },
  };
}

/** msg(<English>, …) → msg(<nothing but the values>, …) in one source file. */
export function stripEnglish(code, file = 'source') {
  let out = '';
  let at = 0;
  const call = /\bmsg\(\s*/g;
  for (let m; (m = call.exec(code)); ) {
    const start = m.index + m[0].length;
    // Skip the word in comments and prose: only calls whose argument opens with a literal.
    if (code[start] === "'") {
      const end = endOfQuoted(code, start);
      out += code.slice(at, start) + "''";
      at = end;
    } else if (code.startsWith('str`', start)) {
      const { end, values } = readTemplate(code, start + 3, file);
      out += code.slice(at, start) + 'str`' + values.map((v) => '${' + v + '}').join('') + '`';
      at = end;
    } else if (code[start] === '`' || code[start] === '"') {
      throw new Error(`${file}: msg() with a ${code[start]}-quoted text; write it with ' or str\`\``);
    } else {
      continue;
    }
    call.lastIndex = at;
    if (!/^\s*,\s*\{\s*id:/.test(code.slice(at, at + 40))) throw new Error(`${file}: a msg() call whose text is not followed by { id }`);
  }
  return out + code.slice(at);
}

function endOfQuoted(code, start) {
  for (let i = start + 1; i < code.length; i++) {
    if (code[i] === '\\') i++;
    else if (code[i] === "'") return i + 1;
    else if (code[i] === '\n') break;
  }
  throw new Error('an unterminated string in a msg() call');
}

/** The `${…}` expressions of the template literal at `start` (its backtick), and its end. */
function readTemplate(code, start, file) {
  const values = [];
  for (let i = start + 1; i < code.length; i++) {
    if (code[i] === '\\') {
      i++;
    } else if (code[i] === '`') {
      return { end: i + 1, values };
    } else if (code[i] === '$' && code[i + 1] === '{') {
      let depth = 1;
      let j = i + 2;
      for (; j < code.length && depth > 0; j++) {
        if (code[j] === '{') depth++;
        else if (code[j] === '}') depth--;
        else if (code[j] === '`' || code[j] === "'" || code[j] === '"') throw new Error(`${file}: a string inside a msg(str\`\`) value; compute it before the call`);
      }
      values.push(code.slice(i + 2, j - 1));
      i = j - 1;
    }
  }
  throw new Error(`${file}: an unterminated msg(str\`\`) template`);
}
