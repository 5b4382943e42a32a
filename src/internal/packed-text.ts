/**
 * The shipped form of a locale's translations (written by scripts/vite-message-ids.mjs):
 * all texts in one string, split at `separator`, with the most frequent letters of the
 * language written as single ASCII letters — a Cyrillic letter takes two bytes in UTF-8
 * and compresses worse. A real Latin letter in the text is escaped with `~`.
 */
const LATIN = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
const ESCAPE = 126; // '~'

/** Decodes in one pass over char codes: it runs before the first paint, so it must be quick. */
export function unpack(alphabet: string, packed: string, separator: string): string[] {
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
  let text = '';
  for (let i = 0; i < length; i += 4096) text += String.fromCharCode(...codes.subarray(i, Math.min(length, i + 4096)));
  return text.split(separator);
}
