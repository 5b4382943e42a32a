#!/usr/bin/env node
// Renames a message id in the source (the msg() call's `id`) and in every XLIFF file,
// keeping its translations: `node scripts/rename-message-id.mjs old.id new.id`.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { msgCalls } from './vite-message-ids.mjs';

const [from, to] = process.argv.slice(2);
if (!from || !to) {
  console.error('usage: node scripts/rename-message-id.mjs <old-id> <new-id>');
  process.exit(2);
}
const files = (dir) =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'generated' ? [] : files(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });

let calls = 0;
for (const file of files('src')) {
  const code = readFileSync(file, 'utf8');
  const found = msgCalls(code, file).filter((call) => call.id === from);
  if (!found.length) continue;
  let out = code;
  for (const call of found.sort((a, b) => b.start - a.start))
    out = `${out.slice(0, call.start)}'${to}'${out.slice(call.end)}`;
  writeFileSync(file, out);
  calls += found.length;
}
const units = [];
for (const name of readdirSync('xliff').filter((name) => name.endsWith('.xlf'))) {
  const path = join('xliff', name);
  const xml = readFileSync(path, 'utf8');
  if (xml.includes(`<trans-unit id="${to}"`)) {
    console.error(`${path} already has ${to}`);
    process.exit(1);
  }
  const out = xml.replace(`<trans-unit id="${from}"`, `<trans-unit id="${to}"`);
  if (out !== xml) units.push(path);
  writeFileSync(path, out);
}
console.log(`${from} → ${to}: ${calls} msg() call(s), ${units.length} XLIFF file(s). Now npm run i18n:build.`);
if (!calls) process.exit(1);
