/**
 * The messages as the all-languages drop-in files ship them (the build writes them;
 * scripts/vite-message-ids.mjs): each msg() call becomes `m(index)` or
 * `m(index, [values])`, and each language, English too, one string of its texts in
 * index order. Running from source, the widgets use @lit/localize's msg() instead.
 *
 * A language is read into its table when a page first uses it, and never before:
 * Kazakh and Russian are packed (their most frequent letters written as single ASCII
 * letters, which take one byte instead of two in UTF-8 and compress better), and
 * unpacking one costs a pass over its characters.
 */

/** The separator between two texts, and the mark of a value's place (`{0}`…`{9}`). */
export const SEPARATOR = '|';
const VALUE = /\{(\d)/g;

/** The letters that stand for the language's own, in the order of its alphabet string. */
const LATIN = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
/** Marks a real Latin letter in packed text. */
const ESCAPE = 126; // '~'

/** A language's texts as shipped: plain (English), or packed as `[alphabet, text]`. */
export type ShippedTexts = string | readonly [alphabet: string, packed: string];

/** Decodes packed text in one pass over its char codes (it runs before a first paint in kk or ru). */
export function unpack(alphabet: string, packed: string): string {
  const table = new Uint16Array(128);
  for (let i = 0; i < alphabet.length; i++) table[LATIN.charCodeAt(i)] = alphabet.charCodeAt(i);
  const codes = new Uint16Array(packed.length);
  let length = 0;
  for (let i = 0; i < packed.length; i++) {
    let code = packed.charCodeAt(i);
    if (code === ESCAPE) code = packed.charCodeAt(++i);
    else if (code < 128 && table[code]) code = table[code];
    codes[length++] = code;
  }
  // One native call: half the cold cost of String.fromCharCode over chunks (Chromium).
  return new TextDecoder('utf-16le').decode(codes.subarray(0, length));
}

/** A text with its values in place: `{n}` is the n-th value of the msg() call's template. */
export function fill(text: string, values: readonly unknown[]): string {
  return text.replace(VALUE, (_, n: string) => String(values[Number(n)]));
}

/**
 * The tables of a build: `m` looks a message up in the language `locale()` names, and
 * `bundled` is what @lit/localize loads for a target language (reading its `templates`
 * is what unpacks it, once).
 */
export function messageTables(locale: () => string, shipped: Record<string, ShippedTexts>) {
  const tables: Record<string, string[]> = {};
  const table = (language: string): string[] => {
    if (!tables[language]) {
      const texts = shipped[language];
      tables[language] = (typeof texts === 'string' ? texts : unpack(texts[0], texts[1])).split(SEPARATOR);
    }
    return tables[language];
  };
  const bundled: Record<string, { readonly templates: string[] }> = {};
  for (const language of Object.keys(shipped)) {
    bundled[language] = {
      get templates() {
        return table(language);
      },
    };
  }
  return {
    bundled,
    m: (index: number, values?: readonly unknown[]): string => {
      const text = table(locale())[index];
      return values ? fill(text, values) : text;
    },
  };
}
