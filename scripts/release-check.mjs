#!/usr/bin/env node
// What a release of osms-widgets must hold before it is published, checked by
// `npm version` (the "version" hook), `npm publish` ("prepublishOnly") and the package
// tests (scripts/test-package.mjs), which also show that each check fails when it should:
//   - CHANGELOG.md (Keep a Changelog) has a dated section for the version in package.json,
//     with at least one entry, and an "Unreleased" section above it;
//   - every entry under "### Law" names the day the change takes effect and its official
//     source, and a version with law entries is at least a minor version (semver);
//   - package.json "files" ships dist/, custom-elements.json and CHANGELOG.md;
//   - with --built: the built files exist and carry this version.
// Prints each problem and exits 1 if there is any.
import { existsSync, readFileSync } from 'node:fs';
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

/** Every problem that would stop a release of the package in `dir`; empty when it can ship. */
export function releaseProblems(dir = '.', { built = false } = {}) {
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
  return problems;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const problems = releaseProblems('.', { built: process.argv.includes('--built') });
  for (const problem of problems) console.error(`release check: ${problem}`);
  if (!problems.length) console.log('release check: ok');
  process.exit(problems.length ? 1 : 0);
}
