/**
 * The shipped form of a locale's translations (written by scripts/vite-message-ids.mjs):
 * all texts in one string, split at `separator`, with the most frequent letters of the
 * language written as single ASCII letters — a Cyrillic letter takes two bytes in UTF-8
 * and compresses worse. A real Latin letter in the text is escaped with `~`.
 */
const LATIN = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';

export function unpack(alphabet: string, packed: string, separator: string): string[] {
  return packed.replace(/~?[A-Za-z]/g, (code) => (code.length > 1 ? code[1] : alphabet[LATIN.indexOf(code)])).split(separator);
}
