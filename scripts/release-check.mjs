#!/usr/bin/env node
// What a release of osms-widgets must hold before it is published, checked by
// `npm version` (the "version" hook), `npm publish` ("prepublishOnly") and the package
// tests (scripts/test-package.mjs), which also show that each check fails when it should:
//   - CHANGELOG.md (Keep a Changelog) has a dated section for the version in package.json,
//     with at least one entry, and an "Unreleased" section above it;
//   - every entry under "### Law" names the day the change takes effect and its official
//     source, and a version with law entries is at least a minor version (semver);
//   - package.json "files" ships dist/, custom-elements.json and CHANGELOG.md;
//   - with --built: the built files exist and carry this version;
//   - the WordPress plugin (integrations/wordpress/, where it exists) states the same
//     version in its header, its constant and its readme.txt (Stable tag and changelog);
//   - with --wordpress: dist/osms-widgets-wordpress.zip exists, and the plugin and the
//     widget files inside it are of this version.
// Prints each problem and exits 1 if there is any.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const SEMVER = /^(\d+)\.(\d+)\.(\d+)(?:-[0-9A-Za-z.-]+)?$/;
const SECTION = /^## \[([^\]]+)\](?: - (\d{4}-\d{2}-\d{2}))?\s*$/;
/** The built files a release cannot ship without (paths inside the package). */
export const BUILT = [
  'dist/osms-widgets.js',
  'dist/osms-widgets.iife.js',
  'dist/es/index.js',
  'dist/es/core.js',
  'dist/types/index.d.ts',
  'custom-elements.json',
];

/** The sections of a Keep a Changelog file: `{ version, date, lines }`, newest first. */
export function changelogSections(text) {
  const sections = [];
  for (const line of text.split('\n')) {
    const m = SECTION.exec(line);
    if (m) sections.push({ version: m[1], date: m[2], lines: [] });
    else if (line.startsWith('## '))
      sections.push({ version: line.slice(3).trim(), date: undefined, lines: [], malformed: true });
    else sections.at(-1)?.lines.push(line);
  }
  return sections;
}

/** The bullets under `### heading` in a section's lines. */
function entries(lines, heading) {
  const out = [];
  let inside = false;
  for (const line of lines) {
    if (line.startsWith('### ')) inside = line.slice(4).trim().toLowerCase() === heading.toLowerCase();
    else if (inside && line.startsWith('- ')) out.push(line);
    else if (inside && /^\s+\S/.test(line) && out.length) out[out.length - 1] += ` ${line.trim()}`;
  }
  return out;
}

/** The WordPress plugin's folder in the repository, and its ZIP (`npm run build:wordpress`). */
export const WORDPRESS_SOURCE = 'integrations/wordpress';
export const WORDPRESS_ZIP = 'dist/osms-widgets-wordpress.zip';

/**
 * The versions the plugin's files state: the main file's `Version:` header and its
 * OSMS_WIDGETS_VERSION constant, readme.txt's `Stable tag:` and its changelog entries.
 */
export function wordpressVersions(php, readme) {
  const changelog = readme.includes('== Changelog ==') ? readme.slice(readme.indexOf('== Changelog ==')) : '';
  return {
    header: /^\s*\*\s*Version:\s*(\S+)\s*$/m.exec(php)?.[1],
    constant: /define\(\s*'OSMS_WIDGETS_VERSION',\s*'([^']+)'\s*\)/.exec(php)?.[1],
    stableTag: /^Stable tag:\s*(\S+)\s*$/m.exec(readme)?.[1],
    changelog: [...changelog.matchAll(/^= (\S+) =$/gm)].map((m) => m[1]),
  };
}

/** Where the plugin's files (in `where`) do not state `version`. */
export function wordpressVersionProblems(where, php, readme, version) {
  const found = wordpressVersions(php, readme);
  const problems = [];
  const differs = (what, value) => {
    if (value !== version) problems.push(`${where}: ${what} is ${value ?? 'missing'}, package.json says ${version}`);
  };
  differs("osms-widgets.php's Version header", found.header);
  differs("osms-widgets.php's OSMS_WIDGETS_VERSION", found.constant);
  differs("readme.txt's Stable tag", found.stableTag);
  if (!found.changelog.includes(version))
    problems.push(`${where}: readme.txt's == Changelog == has no entry "= ${version} ="`);
  return problems;
}

/** The problems of the plugin's ZIP: missing, or not of `version`. */
function wordpressZipProblems(dir, version) {
  const zipFile = join(dir, WORDPRESS_ZIP);
  if (!existsSync(zipFile)) return [`${WORDPRESS_ZIP} is missing: run npm run build && npm run build:wordpress`];
  // fflate is a devDependency: loaded only here, so that the other checks run without it.
  const { unzipSync, strFromU8 } = createRequire(import.meta.url)('fflate');
  const files = unzipSync(readFileSync(zipFile));
  const text = (name) => (files[`osms-widgets/${name}`] ? strFromU8(files[`osms-widgets/${name}`]) : '');
  const problems = wordpressVersionProblems(WORDPRESS_ZIP, text('osms-widgets.php'), text('readme.txt'), version);
  const widgets = Object.keys(files).filter((name) => /^osms-widgets\/assets\/widgets\/[^/]+\.js$/.test(name));
  if (!widgets.includes('osms-widgets/assets/widgets/osms-widgets.js'))
    problems.push(`${WORDPRESS_ZIP} holds no assets/widgets/osms-widgets.js`);
  const quoted = ['"', "'", '`'].map((q) => `${q}${version}${q}`);
  for (const name of widgets)
    if (!quoted.some((v) => strFromU8(files[name]).includes(v)))
      problems.push(
        `${WORDPRESS_ZIP}: ${name} was not built from version ${version}: run npm run build && npm run build:wordpress`,
      );
  return problems;
}

/** Every problem that would stop a release of the package in `dir`; empty when it can ship. */
export function releaseProblems(dir = '.', { built = false, wordpress = false } = {}) {
  const problems = [];
  const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
  const version = pkg.version;
  if (!SEMVER.test(version)) problems.push(`package.json version "${version}" is not a semantic version`);

  const files = pkg.files ?? [];
  for (const needed of ['dist', 'custom-elements.json', 'CHANGELOG.md']) {
    if (!files.includes(needed)) problems.push(`package.json "files" does not ship ${needed}`);
  }

  const changelogFile = join(dir, 'CHANGELOG.md');
  if (!existsSync(changelogFile)) {
    problems.push('CHANGELOG.md is missing');
  } else {
    const sections = changelogSections(readFileSync(changelogFile, 'utf8'));
    for (const s of sections.filter((s) => s.malformed))
      problems.push(`CHANGELOG.md: "## ${s.version}" is not "## [x.y.z] - YYYY-MM-DD"`);
    if (sections[0]?.version !== 'Unreleased')
      problems.push('CHANGELOG.md: the first section is not "## [Unreleased]"');
    const released = sections.filter((s) => !s.malformed && s.version !== 'Unreleased');
    const current = released.find((s) => s.version === version);
    if (!current)
      problems.push(`CHANGELOG.md has no section "## [${version}] - YYYY-MM-DD" for the version in package.json`);
    else if (!current.date) problems.push(`CHANGELOG.md: the section of ${version} has no date`);
    else if (!current.lines.some((l) => l.startsWith('- ')))
      problems.push(`CHANGELOG.md: the section of ${version} has no entry`);
    released.forEach((section, i) => {
      const law = entries(section.lines, 'Law');
      for (const entry of law) {
        if (!/\b\d{4}-\d{2}-\d{2}\b/.test(entry))
          problems.push(
            `CHANGELOG.md ${section.version}: a law entry without its effective date: ${entry.slice(0, 80)}`,
          );
        if (!/https:\/\/\S+/.test(entry))
          problems.push(`CHANGELOG.md ${section.version}: a law entry without its source URL: ${entry.slice(0, 80)}`);
      }
      // A change of the rules is at least a minor version.
      const older = released[i + 1];
      const [a, b] = [SEMVER.exec(section.version), older && SEMVER.exec(older.version)];
      if (law.length && a && b && a[1] === b[1] && a[2] === b[2]) {
        problems.push(
          `CHANGELOG.md: ${section.version} changes the rules (### Law) but is only a patch release after ${older.version}; a rules change is at least a minor version`,
        );
      }
    });
  }

  if (built) {
    for (const file of BUILT) if (!existsSync(join(dir, file))) problems.push(`${file} is missing: run npm run build`);
    const dropIn = join(dir, 'dist/osms-widgets.js');
    const quoted = ['"', "'", '`'].map((q) => `${q}${version}${q}`);
    if (existsSync(dropIn) && !quoted.some((v) => readFileSync(dropIn, 'utf8').includes(v))) {
      problems.push(`dist/osms-widgets.js was not built from version ${version}: run npm run build`);
    }
  }

  const pluginFile = join(dir, WORDPRESS_SOURCE, 'osms-widgets.php');
  if (existsSync(pluginFile)) {
    const readmeFile = join(dir, WORDPRESS_SOURCE, 'readme.txt');
    const readme = existsSync(readmeFile) ? readFileSync(readmeFile, 'utf8') : '';
    problems.push(...wordpressVersionProblems(WORDPRESS_SOURCE, readFileSync(pluginFile, 'utf8'), readme, version));
  }
  if (wordpress) problems.push(...wordpressZipProblems(dir, version));
  return problems;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const problems = releaseProblems('.', {
    built: process.argv.includes('--built'),
    wordpress: process.argv.includes('--wordpress'),
  });
  for (const problem of problems) console.error(`release check: ${problem}`);
  if (!problems.length) console.log('release check: ok');
  process.exit(problems.length ? 1 : 0);
}
