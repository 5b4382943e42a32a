#!/usr/bin/env node
// Finds the system's browsers for the browser tests. Nothing here ever downloads a
// browser build of its own: on Debian/Ubuntu as root the distribution's packages are
// installed with apt; elsewhere we say exactly what to install.
import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { pathToFileURL } from 'node:url';

const BROWSERS = {
  chrome: {
    env: 'CHROME_PATH',
    paths: [
      '/usr/bin/chromium',
      '/usr/bin/chromium-browser',
      '/usr/bin/google-chrome',
      '/usr/bin/google-chrome-stable',
    ],
    apt: ['chromium'],
    required: true,
    what: 'Chromium or Chrome',
    // The Chrome that puppeteer-core 24.43 (under @web/test-runner-chrome) is built for;
    // older ones are not tested here.
    minimum: 148,
  },
  firefox: {
    env: 'FIREFOX_PATH',
    paths: ['/usr/bin/firefox-esr', '/usr/bin/firefox'],
    apt: ['firefox-esr'],
    required: true,
    what: 'Firefox (ESR or release)',
    // Puppeteer sets the viewport with WebDriver BiDi's emulation.setScreenOrientationOverride,
    // which Firefox has since 144 (bugzil.la/1974167); older ones fail every test file
    // with "unknown command".
    minimum: 144,
  },
  // WebKitGTK's MiniBrowser, driven by WebKitWebDriver under Xvfb (scripts/webkit.mjs).
  webkit: {
    env: 'WEBKIT_PATH',
    paths: ['x86_64', 'aarch64'].map((arch) => `/usr/lib/${arch}-linux-gnu/webkit2gtk-4.1/MiniBrowser`),
    also: ['/usr/bin/WebKitWebDriver', '/usr/bin/xvfb-run'],
    apt: ['webkit2gtk-driver', 'xvfb'],
    required: false,
    what: 'WebKitGTK MiniBrowser with WebKitWebDriver and Xvfb',
  },
};

/**
 * Flags for headless Chromium here: as root it needs --no-sandbox, and on a closed network
 * its background connections only fail, so they are switched off.
 */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Paths of the browsers found now: `{ chrome, firefox, webkit }`, each a path or undefined. */
export function findBrowsers() {
  const found = {};
  for (const [name, browser] of Object.entries(BROWSERS)) {
    const fromEnv = process.env[browser.env];
    const path = fromEnv && existsSync(fromEnv) ? fromEnv : browser.paths.find((candidate) => existsSync(candidate));
    found[name] = path && (browser.also ?? []).every((tool) => existsSync(tool)) ? path : undefined;
  }
  return found;
}

/** The major version a browser binary prints for `--version` ("Mozilla Firefox 153.8.0esr"), or undefined. */
export function majorVersion(binary) {
  try {
    const printed = execFileSync(binary, ['--version'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
      timeout: 30_000,
    });
    const match = /(\d+)\.\d+/.exec(printed);
    return match ? Number(match[1]) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The found browsers that are older than the tests need, as
 * `{ name, what, version, minimum }`; a browser whose version cannot be read is not listed.
 */
export function tooOld(found) {
  const old = [];
  for (const [name, path] of Object.entries(found)) {
    const { minimum, what } = BROWSERS[name];
    if (!path || !minimum) continue;
    const version = majorVersion(path);
    if (version !== undefined && version < minimum) old.push({ name, what, version, minimum, path });
  }
  return old;
}

/** What to tell someone whose browser is older than the tests need. */
export function tooOldMessage({ name, what, version, minimum, path }) {
  const { apt, env } = BROWSERS[name];
  return (
    `${what} ${version} at ${path} is too old: the browser tests need ${minimum} or newer. Upgrade it ` +
    `(on Debian/Ubuntu \`sudo apt-get update && sudo apt-get install ${apt.join(' ')}\`) or set ${env} to a newer one.`
  );
}

function canApt() {
  return process.getuid?.() === 0 && existsSync('/usr/bin/apt-get') && existsSync('/etc/debian_version');
}

/** Makes sure the browsers exist, installing Debian's packages when we may. */
export function ensureBrowsers() {
  let found = findBrowsers();
  const missing = Object.keys(found).filter((name) => !found[name]);
  if (missing.length && canApt()) {
    const packages = missing.flatMap((name) => BROWSERS[name].apt);
    console.log(`Installing ${packages.join(', ')} with apt-get…`);
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
    execFileSync('apt-get', ['install', '-y', '-qq', ...packages], { stdio: 'inherit', env });
    found = findBrowsers();
  }
  let old = tooOld(found);
  if (old.length && canApt()) {
    // Debian's lists may be stale (Firefox ESR 140 before `apt-get update`, 153 after).
    const packages = old.flatMap(({ name }) => BROWSERS[name].apt);
    console.log(`Upgrading ${packages.join(', ')} with apt-get…`);
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
    execFileSync('apt-get', ['install', '-y', '-qq', ...packages], { stdio: 'inherit', env });
    old = tooOld(found);
  }
  for (const browser of old) console.error(tooOldMessage(browser));
  if (old.length) process.exit(1);
  const still = Object.keys(found).filter((name) => !found[name]);
  for (const name of still) {
    const browser = BROWSERS[name];
    const how = `on Debian/Ubuntu \`sudo apt-get install ${browser.apt.join(' ')}\`; if it is elsewhere, set ${browser.env}=/path/to/the/binary`;
    if (browser.required) console.error(`Missing ${browser.what}: ${how}`);
    else console.warn(`Not testing in ${browser.what} (not installed): ${how}`);
  }
  if (still.some((name) => BROWSERS[name].required)) process.exit(1);
  return found;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const found = ensureBrowsers();
  for (const [name, path] of Object.entries(found)) console.log(`${name}: ${path ?? 'not installed'}`);
}
