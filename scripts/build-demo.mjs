#!/usr/bin/env node
// npm run build:demo: a static copy of the demo in dist-demo/, with relative URLs so it
// works from any folder of any site.
import { readFileSync } from 'node:fs';
import { build } from 'vite';

const { version } = JSON.parse(readFileSync('package.json', 'utf8'));

await build({
  configFile: false,
  root: 'demo',
  base: './',
  logLevel: 'warn',
  define: { __OSMS_VERSION__: JSON.stringify(version) },
  build: { outDir: '../dist-demo', emptyOutDir: true, target: 'es2022' },
});
console.log('dist-demo/ written: open dist-demo/index.html through any web server.');
