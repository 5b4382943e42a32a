// Loads TypeScript modules of a checkout into a Node script: esbuild (a dependency of Vite)
// bundles them into a temporary file, which is imported and removed.
import { build } from 'esbuild';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

/**
 * Imports the named exports of TypeScript modules as one module.
 * @param {Record<string, string>} exports  each module's path and what to export of it, e.g.
 *   `{ '/repo/src/core/index.ts': '*', '/repo/src/a.ts': '{ b as c }' }`
 * @param {string} root  the folder imports resolve from (its node_modules)
 * @param {'neutral' | 'node'} platform  `node` when the modules use Node's built-ins
 */
export async function loadTs(exports, root, platform = 'neutral') {
  const dir = mkdtempSync(join(tmpdir(), 'osms-ts-'));
  const out = join(dir, 'modules.mjs');
  try {
    const contents = Object.entries(exports)
      .map(([path, names]) => `export ${names} from ${JSON.stringify(path)};`)
      .join('\n');
    await build({
      stdin: { contents, resolveDir: root, loader: 'ts' },
      bundle: true,
      format: 'esm',
      platform,
      outfile: out,
      logLevel: 'error',
    });
    return await import(pathToFileURL(out).href);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
