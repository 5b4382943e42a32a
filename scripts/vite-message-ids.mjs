// The shipped form of the messages. The readable ids (`svc.gobmp-emergency.text`) stay in
// the source and the XLIFF files; in the bundle each becomes its index in the sorted id
// list, and each locale table becomes one packed string that src/internal/packed-text.ts
// unpacks into an array (an array is a table keyed by those indexes). Tests run from
// source, without this step; the tests of the built files check the result.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { pack } from './pack-text.mjs';

const UNPACK = fileURLToPath(new URL('../src/internal/packed-text.ts', import.meta.url));

export function shortMessageIds({ xliff = 'xliff/kk.xlf' } = {}) {
  const ids = [...readFileSync(xliff, 'utf8').matchAll(/<trans-unit id="([^"]+)"/g)].map((m) => m[1]).sort();
  const index = new Map(ids.map((id, i) => [id, String(i)]));
  return {
    name: 'osms-short-message-ids',
    enforce: 'pre',
    transform(code, file) {
      if (!/\/src\/.*\.ts$/.test(file)) return null;
      if (/\/src\/generated\/locales\//.test(file)) return { code: packLocale(code, index, ids.length), map: null };
      if (!code.includes('@lit/localize')) return null;
      // The msg() calls: `{ id: 'x' }`.
      const out = code.replace(/(\bid:\s*)'([^']+)'/g, (match, before, id) => (index.has(id) ? `${before}'${index.get(id)}'` : match));
      return out === code ? null : { code: out, map: null };
    },
  };
}

/** Rewrites a generated locale module (one `'id': \`text\`,` per line) into its packed form. */
function packLocale(code, index, count) {
  const texts = new Array(count).fill('');
  const tagged = [];
  for (const [, id, tag, body] of code.matchAll(/^\s*'([^']+)': (str)?`(.*)`,\s*$/gm)) {
    if (!index.has(id)) continue;
    if (tag) tagged.push(`t[${index.get(id)}]=str\`${body}\`;`);
    // Plain entries have no expressions; undo the template-literal escapes (\\ \` \$).
    else texts[Number(index.get(id))] = body.replace(/\\([\\`$])/g, '$1');
  }
  const joined = texts.join('\n');
  const separator = ['|', '^', '\u00a6'].find((candidate) => !joined.includes(candidate));
  const { alphabet, packed } = pack(texts.join(separator));
  return [
    code.includes("import {str} from '@lit/localize'") ? "import {str} from '@lit/localize';" : '',
    `import {unpack} from ${JSON.stringify(UNPACK)};`,
    `const t = unpack(${JSON.stringify(alphabet)}, ${JSON.stringify(packed)}, ${JSON.stringify(separator)});`,
    ...tagged,
    'export const templates = t;',
  ].join('\n');
}
