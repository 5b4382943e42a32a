#!/usr/bin/env node
// npm run sri: the Subresource Integrity hash (sha384) of each drop-in file in dist/
// (scripts/drop-ins.mjs), and the script tag to paste with it. Run after npm run build.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { CLASSIC, DROP_INS } from './drop-ins.mjs';

const FILES = [...DROP_INS.map(({ file }) => [file, 'type="module" ']), [CLASSIC.file, '']];

for (const [name, type] of FILES) {
  const file = `dist/${name}`;
  if (!existsSync(file)) {
    console.error(`${file} is missing: run npm run build first.`);
    process.exit(1);
  }
  const hash = `sha384-${createHash('sha384').update(readFileSync(file)).digest('base64')}`;
  console.log(
    `${name}\n  ${hash}\n  <script ${type}src="/assets/${name}" integrity="${hash}" crossorigin="anonymous"${type ? '' : ' defer'}></script>\n`,
  );
}
