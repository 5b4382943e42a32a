// The search feature's size, measured by removal: each drop-in file built again with the
// feature replaced by the search it replaced (scripts/plain-search/: every word of the
// query a part of the item's own texts, folded; no residents' vocabulary, word forms,
// typos, keyboard stand-ins, ranking, or answer beyond "Nothing matches your search."),
// the difference being the feature's cost. The feature is the modules below; the
// stemmers (src/internal/stem.ts) and the "not free" data (src/core/data/search-words.ts)
// go with them, being reached only through them.
import { build } from 'vite';
import { fileURLToPath } from 'node:url';
import { DROP_INS } from './drop-ins.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const REPLACED = {
  'src/internal/search.ts': 'scripts/plain-search/search.ts',
  'src/internal/search-answer.ts': 'scripts/plain-search/search-answer.ts',
  'src/content/search-words.ts': 'scripts/plain-search/search-words.ts',
};
const BY_PATH = new Map(Object.entries(REPLACED).map(([from, to]) => [ROOT + from, ROOT + to]));

/** Vite plugin: every import of a feature module gets its plain stand-in. */
export function plainSearch() {
  return {
    name: 'osms-plain-search',
    enforce: 'pre',
    async resolveId(source, importer, options) {
      if (!importer || !/search/.test(source)) return null;
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      const plain = resolved && BY_PATH.get(resolved.id.split('?')[0]);
      return plain ? { id: plain } : null;
    },
  };
}

/** The code of drop-in `name` (scripts/drop-ins.mjs) built in memory without the search feature. */
export async function buildPlain(name) {
  const output = await build({
    mode: name,
    logLevel: 'silent',
    plugins: [plainSearch()],
    build: { write: false, sourcemap: false },
  });
  const chunks = (Array.isArray(output) ? output[0] : output).output;
  const file = DROP_INS.find((d) => d.name === name).file;
  const chunk = chunks.find((c) => c.fileName === file);
  if (!chunk) throw new Error(`plain-search build of ${name}: no ${file}`);
  // Stand-ins that were never used would measure nothing.
  const ids = Object.keys(chunk.modules);
  for (const [from, to] of BY_PATH) {
    if (ids.some((id) => id.startsWith(from))) throw new Error(`plain-search build of ${name} still has ${from}`);
    if (!ids.some((id) => id.startsWith(to))) throw new Error(`plain-search build of ${name} has no ${to}`);
  }
  return chunk.code;
}
