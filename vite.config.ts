/// <reference types="node" />
import { defineConfig, type UserConfig } from 'vite';
import { readFileSync } from 'node:fs';
import { shortMessageIds } from './scripts/vite-message-ids.mjs';
import { leanLit } from './scripts/vite-lean-lit.mjs';
import { oneLocale } from './scripts/vite-one-locale.mjs';
import minifyHtmlLiterals from '@lit-labs/rollup-plugin-minify-html-literals';

const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string };

/** Lit stays the host's own copy in the per-element entries; everything else is ours. */
const LIT = /^(lit|lit-html|lit-element|@lit\/reactive-element)(\/|$)/;

const ENTRIES = {
  index: 'src/index.ts',
  'coverage-checker': 'src/coverage-checker/define.ts',
  'service-list': 'src/service-list/define.ts',
  'exemption-list': 'src/exemption-list/define.ts',
  core: 'src/core/index.ts',
};

/**
 * `npm start` serves the demo. `npm run build` (scripts/build.mjs) runs three library
 * builds by mode: `drop-in` (one ES module with everything), `classic` (the same as a
 * classic script), `drop-in-kk`, `drop-in-ru`, `drop-in-en` (the drop-in with one
 * language only) and `entries` (per-element ES modules for bundlers, Lit external,
 * @lit/localize in one private chunk they share).
 */
export default defineConfig(({ command, mode }): UserConfig => {
  const shared: UserConfig = {
    define: { __OSMS_VERSION__: JSON.stringify(version) },
  };
  if (command === 'serve') {
    return { ...shared, root: 'demo', server: { port: 5173, strictPort: true, fs: { allow: ['..'] } } };
  }
  // Short message ids and packed translations; the whitespace and comments of our own
  // html`` and css`` templates collapsed; the paths of Lit we never take cut out.
  shared.plugins = [shortMessageIds(), minifyHtmlLiterals({ include: ['src/**/*.ts'] }), leanLit()];
  const build: UserConfig['build'] = {
    outDir: 'dist',
    emptyOutDir: false,
    minify: true,
    target: 'es2022',
    sourcemap: true,
    reportCompressedSize: false,
  };
  const one = /^drop-in-(kk|ru|en)$/.exec(mode)?.[1] as 'kk' | 'ru' | 'en' | undefined;
  if (one) shared.plugins.push(oneLocale(one));
  if (mode === 'drop-in' || mode === 'classic' || one) {
    const classic = mode === 'classic';
    return {
      ...shared,
      build: {
        ...build,
        lib: {
          entry: classic ? 'src/drop-in-classic.ts' : 'src/drop-in.ts',
          formats: [classic ? 'iife' : 'es'],
          name: 'OsmsWidgetsBundle',
          fileName: () => (classic ? 'osms-widgets.iife.js' : one ? `osms-widgets.${one}.js` : 'osms-widgets.js'),
        },
        rollupOptions: { output: { codeSplitting: false, minify: true } },
      },
    };
  }
  return {
    ...shared,
    build: {
      ...build,
      outDir: 'dist/es',
      lib: { entry: ENTRIES, formats: ['es'], fileName: (_format, name) => `${name}.js` },
      rollupOptions: {
        external: (id) => LIT.test(id),
        output: { chunkFileNames: 'internal/[name]-[hash].js', minify: true },
      },
    },
  };
});
