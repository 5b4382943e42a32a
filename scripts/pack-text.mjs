// The packed form of a locale's texts; src/internal/packed-text.ts reads it back.
// Letters of the text's own alphabet, most frequent first, become a–z, A–Z (one byte each
// instead of two in UTF-8, and they compress better); real Latin letters get a `~`.
const LATIN = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';

/** @param {string} text @returns {{ alphabet: string, packed: string }} */
export function pack(text) {
  if (text.includes('~')) throw new Error('a translation contains "~", the escape of the packed form');
  const counts = new Map();
  // One UTF-16 unit each, so that the reader can index the alphabet.
  for (const char of text) if (char.length === 1 && char.charCodeAt(0) > 127 && /\p{L}/u.test(char)) counts.set(char, (counts.get(char) ?? 0) + 1);
  const alphabet = [...counts].sort((a, b) => b[1] - a[1]).slice(0, LATIN.length).map(([char]) => char).join('');
  let packed = '';
  for (const char of text) {
    const at = alphabet.indexOf(char);
    packed += at >= 0 ? LATIN[at] : /[A-Za-z]/.test(char) ? `~${char}` : char;
  }
  return { alphabet, packed };
}
