// The messages of the errors Lit throws on a developer's mistake (a CSS value that is not
// css``, a forged template array) are shortened to their first words in the drop-in
// files: they can only come from a bug in our own templates, which the tests would show,
// and a page that meets one gets the first words of the message and a stack. Nothing is
// matched to a particular text of a particular Lit release: every `Error(…)` of Lit's
// modules is shortened, whatever it says.
const LIT = /\/node_modules\/(lit-html|lit-element|@lit\/reactive-element|@lit\/localize)\//;
const ERROR = /\bError\(/g;

/** The end of the argument list opened just before `from` (strings and nesting skipped). */
function closingParen(code, from) {
  let depth = 1;
  for (let i = from; i < code.length; i++) {
    const c = code[i];
    if (c === '"' || c === "'" || c === '`') {
      for (i++; i < code.length && code[i] !== c; i++) if (code[i] === '\\') i++;
    } else if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return i;
  }
  return -1;
}

/** Each `Error(…)` with a literal message becomes `Error("<its first four words>…")`. */
export function shortenErrors(code) {
  let out = '';
  let last = 0;
  for (const match of code.matchAll(ERROR)) {
    if (match.index < last) continue;
    const open = match.index + match[0].length;
    const close = closingParen(code, open);
    const literal = close > 0 && /^\s*(["'`])(.*?)\1/.exec(code.slice(open, close));
    if (!literal) continue;
    const words = literal[2].split(/\s+/);
    if (words.length <= 4) continue;
    out += `${code.slice(last, open)}${JSON.stringify(`${words.slice(0, 4).join(' ')}…`)}`;
    last = close;
  }
  return out + code.slice(last);
}

export function shortLitErrors() {
  return {
    name: 'osms-short-lit-errors',
    transform(code, id) {
      if (!LIT.test(id.split('?')[0]) || !code.includes('Error(')) return null;
      const out = shortenErrors(code);
      return out === code ? null : { code: out, map: null };
    },
  };
}
