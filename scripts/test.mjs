#!/usr/bin/env node
// npm test: every check a change must pass, in order, stopping at the first failure.
// Ends with one plain line `N passed, N failed` counting every test in every browser
// and the package and WordPress tests.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { ensureBrowsers } from './browsers.mjs';
import { startWebKitDriver } from './webkit.mjs';

const totals = { passed: 0, failed: 0, byBrowser: {} };

function step(title, command, args, env = {}) {
  console.log(`\n▶ ${title}`);
  const started = Date.now();
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  // A runner that ends on a signal or cannot start says so: never a bare FAILED.
  const how = result.error?.message ?? (result.signal ? `ended by ${result.signal}` : `exit code ${result.status}`);
  console.log(`  ${result.status === 0 ? 'ok' : `FAILED: ${how}`} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  return result.status === 0;
}

function browserTests(title, group, again = true) {
  const countsFile = `.test-counts-${group}.json`;
  rmSync(countsFile, { force: true });
  const ok = step(title, 'npx', ['web-test-runner'], { TEST_GROUP: group, COUNTS_FILE: countsFile });
  // A test that fails still writes the counts. A runner that ended without them crashed
  // (seen once on a fresh clone: it ended with no message after 115 s); it runs once more,
  // and says so, so that a crash is told apart from a failing test.
  if (!ok && again && !existsSync(countsFile)) {
    console.error(
      '  the test runner ended without writing its counts (a crash, not a failing test): running it once more',
    );
    return browserTests(`${title}, run again`, group, false);
  }
  if (existsSync(countsFile)) {
    const counts = JSON.parse(readFileSync(countsFile, 'utf8'));
    totals.passed += counts.passed;
    totals.failed += counts.failed;
    for (const [browser, c] of Object.entries(counts.browsers)) {
      const sum = (totals.byBrowser[browser] ??= { passed: 0, failed: 0 });
      sum.passed += c.passed;
      sum.failed += c.failed;
    }
    if (counts.skipped) {
      console.error(`  ${counts.skipped} skipped test(s): a skipped test is not allowed to stay.`);
      return false;
    }
  } else if (ok) {
    console.error('  the test runner wrote no counts: no test ran.');
    return false;
  }
  return ok;
}

/**
 * Node's own test runner over `files` (the build scripts and the built files), counted
 * with the rest from its TAP summary.
 */
function nodeTests(title, files) {
  console.log(`\n▶ ${title}`);
  const started = Date.now();
  const result = spawnSync('node', ['--test', '--test-reporter=tap', ...files], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  const count = (name) => Number(new RegExp(`^# ${name} (\\d+)$`, 'm').exec(result.stdout)?.[1] ?? 0);
  const [passed, failed] = [count('pass'), count('fail')];
  // Only the failures in full; the passes as one line each.
  for (const line of result.stdout.split('\n')) if (/^(not )?ok /.test(line)) console.log(`  ${line}`);
  if (result.status !== 0) console.log(result.stdout, result.stderr);
  totals.passed += passed;
  totals.failed += failed;
  const ok = result.status === 0 && passed > 0;
  console.log(
    `  ${ok ? 'ok' : 'FAILED'}: ${passed} passed, ${failed} failed (${((Date.now() - started) / 1000).toFixed(1)} s)`,
  );
  return ok;
}

/** The packed-tarball tests (scripts/test-package.mjs), counted with the rest. */
function packageTests() {
  const countsFile = '.test-counts-package.json';
  rmSync(countsFile, { force: true });
  const ok = step(
    'package: npm pack, install, entry points, types, the recipes of the docs',
    'node',
    ['scripts/test-package.mjs'],
    {
      COUNTS_FILE: countsFile,
    },
  );
  if (existsSync(countsFile)) {
    const counts = JSON.parse(readFileSync(countsFile, 'utf8'));
    totals.passed += counts.passed;
    totals.failed += counts.failed;
  }
  return ok;
}

/**
 * The WordPress plugin in a real WordPress (scripts/test-wordpress.mjs), counted with the
 * rest; where its packages cannot be installed it does not run, and the summary says so.
 */
let wordpressNotRun = false;
function wordpressTests() {
  const countsFile = '.test-counts-wordpress.json';
  rmSync(countsFile, { force: true });
  const ok = step(
    'WordPress: the plugin ZIP installed and used in WordPress, in Chromium',
    'node',
    ['scripts/test-wordpress.mjs'],
    { COUNTS_FILE: countsFile },
  );
  if (existsSync(countsFile)) {
    const counts = JSON.parse(readFileSync(countsFile, 'utf8'));
    totals.passed += counts.passed;
    totals.failed += counts.failed;
    wordpressNotRun = Boolean(counts.notRun);
  }
  return ok;
}

function finish(ok) {
  const browsers = Object.entries(totals.byBrowser).map(([name, c]) => `${name} ${c.passed}/${c.passed + c.failed}`);
  if (browsers.length) console.log(`\nBrowsers: ${browsers.join(', ')}`);
  if (!ok && totals.failed === 0) totals.failed = 1; // a failed check counts as a failure
  if (wordpressNotRun) console.log('WordPress tests NOT RUN: their Debian packages are missing (see above).');
  console.log(`${totals.passed} passed, ${totals.failed} failed`);
  process.exit(ok ? 0 : 1);
}

console.log('▶ browsers');
const found = ensureBrowsers();
const engines = ['chromium', 'firefox'];
let webkit;
if (found.webkit) {
  webkit = await startWebKitDriver();
  engines.push('webkit');
  process.env.WEBKIT_WEBDRIVER_PORT = String(webkit.port);
}
process.env.BROWSERS = engines.join(',');
console.log(
  `  Chromium: ${found.chrome}\n  Firefox: ${found.firefox}\n  WebKit: ${found.webkit ?? 'not installed: not tested'}`,
);

const ok =
  step('typecheck', 'npx', ['tsc', '--noEmit', '-p', 'tsconfig.json']) &&
  step('lint', 'npx', ['eslint', '.']) &&
  step('format (Prettier)', 'npx', ['prettier', '--check', '.']) &&
  step('i18n:check', 'node', ['scripts/i18n-check.mjs']) &&
  step('release: CHANGELOG.md has a section for the version in package.json', 'node', ['scripts/release-check.mjs']) &&
  browserTests(`unit and component tests (${engines.join(', ')})`, 'src') &&
  browserTests(`history tests in a browser of their own (${engines.join(', ')})`, 'history') &&
  step('build', 'node', ['scripts/build.mjs']) &&
  nodeTests('build scripts and built message tables (node --test)', ['test/build/']) &&
  step('docs/api.md API tables match custom-elements.json', 'node', ['scripts/docs.mjs', '--check']) &&
  browserTests(`built files (${engines.join(', ')})`, 'dist') &&
  step('size', 'node', ['scripts/size.mjs']) &&
  packageTests() &&
  wordpressTests();
webkit?.stop();
finish(ok);
