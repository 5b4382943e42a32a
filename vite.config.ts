/// <reference types="node" />
import { defineConfig, type Plugin, type UserConfig } from 'vite';
import { readFileSync } from 'node:fs';
import { shortMessageIds } from './scripts/vite-message-ids.mjs';
import { bundledLit } from './scripts/vite-bundled-lit.mjs';
import { localizeTransform } from './scripts/vite-localize-transform.mjs';
import { SOURCE_LOCALE } from './scripts/locales.mjs';
import { terserMinify } from './scripts/vite-terser.mjs';
import { shortLitErrors } from './scripts/vite-lit-errors.mjs';
import { DROP_INS } from './scripts/drop-ins.mjs';
import minifyHtmlLiterals from '@lit-labs/rollup-plugin-minify-html-literals';

const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string };

/** Lit stays the host's own copy in the per-element entries; everything else is ours. */
const LIT = /^(lit|lit-html|lit-element|@lit\/reactive-element)(\/|$)/;

/**
 * The entry modules that define the elements (and offer `window.OsmsWidgets`) run for
 * that alone: package.json's `sideEffects` speaks of the shipped dist/ files, for the
 * bundlers of the package's users, so the build says it of the source itself. Every
 * other module of ours is kept only for what it exports (data that may be left out is
 * marked pure where it is set up).
 */
const DEFINING = /\/src\/(index|drop-in[\w-]*|[\w-]+\/define)\.ts$/;
const ownSideEffects: Plugin = {
  name: 'osms-own-side-effects',
  transform: (_code, id) => (DEFINING.test(id.split('?')[0]) ? { moduleSideEffects: true } : null),
};

const ENTRIES = {
  index: 'src/index.ts',
  'coverage-checker': 'src/coverage-checker/define.ts',
  'service-list': 'src/service-list/define.ts',
  'exemption-list': 'src/exemption-list/define.ts',
  core: 'src/core/index.ts',
};

/**
 * `npm start` serves the demo. `npm run build` (scripts/build.mjs) runs one library build
 * per mode: `entries` (per-element ES modules for bundlers, Lit external, @lit/localize
 * in one private chunk they share), `classic` (the full drop-in as a classic script) and
 * one per drop-in ES module of scripts/drop-ins.mjs, named by its file without `.js`:
 * `osms-widgets` (everything), `osms-widgets.kk` (everything, Kazakh only),
 * `service-list`, `service-list.en`…
 */
export default defineConfig(({ command, mode }): UserConfig => {
  const shared: UserConfig = {
    define: { __OSMS_VERSION__: JSON.stringify(version) },
  };
  if (command === 'serve') {
    return { ...shared, root: 'demo', server: { port: 5173, strictPort: true, fs: { allow: ['..'] } } };
  }
  // The whitespace and comments of our own html`` and css`` templates collapsed.
  const templates = minifyHtmlLiterals({ include: ['src/**/*.ts'] });
  const build: UserConfig['build'] = {
    outDir: 'dist',
    emptyOutDir: false,
    minify: true,
    target: 'es2022',
    sourcemap: true,
    reportCompressedSize: false,
  };
  const classic = mode === 'classic';
  const dropIn = DROP_INS.find((file) => file.name === (classic ? 'osms-widgets' : mode));
  if (dropIn) {
    const { locale } = dropIn;
    return {
      ...shared,
      plugins: [
        // The messages: the source locale's file has them written in place by
        // @lit/localize's transform mode (the ids only checked); every other file carries
        // them as tables, Kazakh and Russian packed (a one-language file: its own only).
        ...(locale === SOURCE_LOCALE
          ? [shortMessageIds({ mode: 'check' }), localizeTransform(locale)]
          : [shortMessageIds({ mode: 'tables', only: locale })]),
        templates,
        // Their private copy of Lit, patched to live beside the page's own (see the plugin).
        bundledLit(),
        shortLitErrors(),
        terserMinify({ format: classic ? 'iife' : 'es' }),
        ownSideEffects,
      ],
      build: {
        ...build,
        minify: false,
        lib: {
          entry: classic ? 'src/drop-in-classic.ts' : dropIn.entry,
          formats: [classic ? 'iife' : 'es'],
          name: 'OsmsWidgetsBundle',
          fileName: () => (classic ? 'osms-widgets.iife.js' : dropIn.file),
        },
        rollupOptions: {
          output: {
            codeSplitting: false,
            minify: false,
            // V8's explicit compile hint: compile every function while the file streams in,
            // on a background thread, instead of lazily on the main thread when the page
            // first calls it (almost all of them run before the first paint).
            postBanner: '//# allFunctionsCalledOnLoad',
          },
        },
      },
    };
  }
  if (mode !== 'entries') throw new Error(`vite build: unknown mode ${mode}`);
  return {
    ...shared,
    plugins: [shortMessageIds(), templates, ownSideEffects],
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
