#!/usr/bin/env node
// npm run build: locale modules from the XLIFF files, every drop-in file of
// scripts/drop-ins.mjs (the full set, each element alone; all languages and each one),
// the classic script, the per-element ES entries, type declarations, and
// custom-elements.json.
import { rmSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { build } from 'vite';
import { DROP_INS } from './drop-ins.mjs';

const run = (command, args) => execFileSync(command, args, { stdio: 'inherit' });

rmSync('dist', { recursive: true, force: true });
run('npx', ['lit-localize', 'build']);
for (const mode of [...DROP_INS.map((dropIn) => dropIn.name), 'classic', 'entries']) {
  await build({ mode, logLevel: 'warn' });
}
run('npx', ['tsc', '-p', 'tsconfig.build.json']);
run('npx', ['cem', 'analyze', '--config', 'custom-elements-manifest.config.mjs', '--quiet']);
console.log(
  `dist/ written: ${DROP_INS.map((dropIn) => dropIn.file).join(', ')}, osms-widgets.iife.js, es/, types/; and custom-elements.json`,
);
