#!/usr/bin/env node
// npm run bench [-- --docs]: what the widgets cost a host page. Builds first
// when dist/ is missing or older than its sources, measures size, first paint, scale and
// interaction, prints the tables, writes bench/results.json and, with --docs (or its
// older name --readme), the tables of docs/performance.md.
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import os from 'node:os';
import { measureSize } from './size.mjs';
import { measureBrowser } from './browser.mjs';
import { markdown, writeDocs } from './report.mjs';
import { CLASSIC, DROP_INS } from '../scripts/drop-ins.mjs';

const started = Date.now();
const loadAtStart = os.loadavg()[0];
const SETTINGS = { paintRuns: 20, throttledRuns: 10, throttle: 4, scaleRuns: 3, paths: 10 };
const OUTPUTS = [
  ...DROP_INS.map((dropIn) => `dist/${dropIn.file}`),
  'dist/osms-widgets.js.map',
  `dist/${CLASSIC.file}`,
  'dist/es/index.js',
];
/** The files whose transfer at slow 4G is measured. */
const TRANSFERRED = [
  'osms-widgets.js',
  'osms-widgets.kk.js',
  'osms-widgets.en.js',
  'service-list.js',
  'exemption-list.js',
];
const INPUTS = ['src', 'xliff', 'vite.config.ts', 'scripts', 'package.json'];
const log = (message) => console.error(`bench: ${message} (${((Date.now() - started) / 1000).toFixed(0)} s)`);

/** Newest modification time under `path` (tests are not build inputs). */
function newest(path) {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(
    0,
    ...readdirSync(path)
      .filter((name) => name !== 'test')
      .map((name) => newest(join(path, name))),
  );
}

function ensureBuild() {
  const built = () => OUTPUTS.every((file) => existsSync(file));
  const fresh = () =>
    built() &&
    Math.min(...OUTPUTS.map((f) => statSync(f).mtimeMs)) >= Math.max(...INPUTS.filter(existsSync).map(newest));
  // A second try covers a build elsewhere that emptied dist/ under this one.
  for (let attempt = 0; attempt < 2 && !fresh(); attempt++) {
    log('dist/ is missing or older than src/: building');
    const result = spawnSync('node', ['scripts/build.mjs'], { encoding: 'utf8' });
    if (result.status !== 0) {
      console.error(result.stdout, result.stderr);
      throw new Error('npm run build failed');
    }
  }
  if (!built()) throw new Error(`the build did not write ${OUTPUTS.join(', ')}`);
}

ensureBuild();
log('size');
const size = await measureSize();
const files = Object.fromEntries(TRANSFERRED.map((name) => [name, readFileSync(`dist/${name}`, 'utf8')]));
const browser = await measureBrowser(size.dropIn, { ...SETTINGS, files, log });
delete size.dropIn;

const results = {
  date: new Date().toISOString().slice(0, 10),
  machine: {
    cores: os.cpus().length,
    cpu: os.cpus()[0]?.model.trim() ?? 'unknown CPU',
    memoryGB: Math.round(os.totalmem() / 2 ** 30),
    loadAverage: loadAtStart.toFixed(1),
    chromium: browser.chromium,
    node: process.versions.node,
    platform: `${os.type()} ${os.release()}`,
  },
  settings: SETTINGS,
  size,
  firstPaint: browser.firstPaint,
  scale: browser.scale,
  interaction: browser.interaction,
  transfer: browser.transfer,
  runtimeSeconds: 0,
};
results.runtimeSeconds = (Date.now() - started) / 1000;

const text = markdown(results);
console.log(text);
writeFileSync(new URL('./results.json', import.meta.url), `${JSON.stringify(results, null, 2)}\n`);
if (process.argv.includes('--docs') || process.argv.includes('--readme')) {
  writeDocs(text);
  log('docs/performance.md updated');
}
log('done: bench/results.json');
