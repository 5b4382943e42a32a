#!/usr/bin/env node
// npm run sri: the Subresource Integrity hash (sha384) of each drop-in file in dist/,
// and the script tag to paste with it. Run after npm run build.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';

const FILES = [
  ['dist/osms-widgets.js', 'type="module" '],
  ['dist/osms-widgets.iife.js', ''],
  ['dist/osms-widgets.kk.js', 'type="module" '],
  ['dist/osms-widgets.ru.js', 'type="module" '],
  ['dist/osms-widgets.en.js', 'type="module" '],
];

for (const [file, type] of FILES) {
  if (!existsSync(file)) {
    console.error(`${file} is missing: run npm run build first.`);
    process.exit(1);
  }
  const hash = `sha384-${createHash('sha384').update(readFileSync(file)).digest('base64')}`;
  const name = file.slice('dist/'.length);
  console.log(`${name}\n  ${hash}\n  <script ${type}src="/assets/${name}" integrity="${hash}" crossorigin="anonymous"${type ? '' : ' defer'}></script>\n`);
}
