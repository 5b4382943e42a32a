#!/usr/bin/env node
// npm run build: locale modules from the XLIFF files, the drop-in ES module, the classic
// script, the one-language drop-ins (osms-widgets.kk.js, .ru.js, .en.js), the per-element ES entries, type declarations, and custom-elements.json.
import { rmSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { build } from 'vite';

const run = (command, args) => execFileSync(command, args, { stdio: 'inherit' });

rmSync('dist', { recursive: true, force: true });
run('npx', ['lit-localize', 'build']);
for (const mode of ['drop-in', 'classic', 'drop-in-kk', 'drop-in-ru', 'drop-in-en', 'entries']) {
  await build({ mode, logLevel: 'warn' });
}
run('npx', ['tsc', '-p', 'tsconfig.build.json']);
run('npx', ['cem', 'analyze', '--config', 'custom-elements-manifest.config.mjs', '--quiet']);
console.log('dist/ written: osms-widgets.js, osms-widgets.iife.js, osms-widgets.{kk,ru,en}.js, es/, types/; and custom-elements.json');
