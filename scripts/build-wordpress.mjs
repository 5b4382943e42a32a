#!/usr/bin/env node
// npm run build:wordpress (after npm run build): dist/osms-widgets-wordpress.zip, the
// WordPress plugin, installable through Plugins → Add New → Upload Plugin. It holds the
// plugin's own files from integrations/wordpress/ and, in assets/widgets/, the drop-in
// ES modules of dist/ byte for byte (every language and one-language file, and the
// per-widget files where the build makes them), with the licences of the libraries
// bundled in them (found through their source maps) appended to license.txt.
// Refuses to build when the plugin states another version than package.json.
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { basename, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { zipSync } from 'fflate';
import { WORDPRESS_SOURCE, WORDPRESS_ZIP, wordpressVersionProblems } from './release-check.mjs';

/** The plugin's folder name inside the ZIP: WordPress installs it as wp-content/plugins/osms-widgets/. */
export const PLUGIN_FOLDER = 'osms-widgets';
/** The drop-in ES modules the plugin can load: all languages or one, all widgets or one. */
export const DROP_IN = /^(osms-widgets|coverage-checker|service-list|exemption-list)(\.(kk|ru|en))?\.js$/;
// A fixed date for every entry, so that the same sources give the same ZIP.
const MTIME = new Date('2020-01-01T00:00:00Z');

/** Every file below `dir` (paths relative to it), dot files left out. */
function filesBelow(dir) {
  return readdirSync(dir).flatMap((name) => {
    if (name.startsWith('.')) return [];
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesBelow(path).map((inner) => join(name, inner)) : [name];
  });
}

/**
 * The npm packages whose code a built file carries, from its source map. Every drop-in
 * bundles the same libraries, or fewer: the all-languages file's map must exist, the
 * others' are read where they do.
 */
function bundledPackages(file) {
  const map = `${file}.map`;
  if (!existsSync(map)) {
    if (basename(file) !== 'osms-widgets.js') return [];
    throw new Error(`${map} is missing: the bundled libraries' licences cannot be listed`);
  }
  const names = JSON.parse(readFileSync(map, 'utf8')).sources.flatMap((source) => {
    const match = /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(source);
    return match ? [match[1]] : [];
  });
  return [...new Set(names)].sort();
}

/** The licence text of an installed package. */
function licenceOf(name) {
  const dir = join('node_modules', name);
  const file = readdirSync(dir).find((entry) => /^licen[cs]e(\.(md|txt))?$/i.test(entry));
  if (!file) throw new Error(`${name} has no LICENSE file in node_modules: its licence cannot be shipped`);
  return readFileSync(join(dir, file), 'utf8').trim();
}

/**
 * The plugin's files, as ZIP entry name → bytes.
 * @param {{ source?: string, dist?: string, version?: string }} options
 */
export function pluginFiles({ source = WORDPRESS_SOURCE, dist = 'dist', version } = {}) {
  version ??= JSON.parse(readFileSync('package.json', 'utf8')).version;
  const read = (name) => readFileSync(join(source, name), 'utf8');
  const problems = wordpressVersionProblems(source, read('osms-widgets.php'), read('readme.txt'), version);
  if (problems.length) throw new Error(problems.join('\n'));

  const dropIns = existsSync(dist) ? readdirSync(dist).filter((name) => DROP_IN.test(name)) : [];
  if (!dropIns.includes('osms-widgets.js'))
    throw new Error(`${dist}/osms-widgets.js is missing: run npm run build first`);

  const entries = {};
  for (const name of filesBelow(source)) entries[name] = readFileSync(join(source, name));
  const packages = new Set();
  for (const name of dropIns) {
    const file = join(dist, name);
    entries[join('assets/widgets', name)] = readFileSync(file);
    for (const pkg of bundledPackages(file)) packages.add(pkg);
  }
  const notices = [...packages].sort().map((pkg) => {
    const { version: pkgVersion } = JSON.parse(readFileSync(join('node_modules', pkg, 'package.json'), 'utf8'));
    return `${pkg} ${pkgVersion}, bundled in assets/widgets/:\n\n${licenceOf(pkg)}`;
  });
  entries['license.txt'] = Buffer.from(
    [read('license.txt').trim(), ...notices].join(`\n\n${'-'.repeat(78)}\n\n`) + '\n',
    'utf8',
  );
  return entries;
}

/** Writes the ZIP; returns its path, size in bytes and entry names. */
export function buildWordPressZip({ source, dist = 'dist', out = WORDPRESS_ZIP, version } = {}) {
  const entries = pluginFiles({ source, dist, version });
  const zipped = zipSync(
    Object.fromEntries(
      Object.entries(entries).map(([name, bytes]) => [
        `${PLUGIN_FOLDER}/${name.split('\\').join('/')}`,
        [new Uint8Array(bytes), { mtime: MTIME }],
      ]),
    ),
    { level: 9 },
  );
  writeFileSync(out, zipped);
  return { path: out, bytes: zipped.length, names: Object.keys(entries).sort() };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    const { path, bytes, names } = buildWordPressZip();
    const widgets = names.filter((name) => name.startsWith('assets/widgets/')).map((name) => basename(name));
    console.log(
      `${relative('.', path)}: ${(bytes / 1024).toFixed(1)} KB, ${names.length} files; widget files: ${widgets.join(', ')}`,
    );
  } catch (error) {
    console.error(`build:wordpress: ${error.message}`);
    process.exit(1);
  }
}
