#!/usr/bin/env node
// Finds the system's Chromium and Firefox for the browser tests. Nothing here ever
// downloads a browser build of its own: on Debian/Ubuntu as root the distribution's
// packages are installed with apt; elsewhere we say exactly what to install.
import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { pathToFileURL } from 'node:url';

const CANDIDATES = {
  chrome: ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'],
  firefox: ['/usr/bin/firefox-esr', '/usr/bin/firefox'],
};
const ENV = { chrome: 'CHROME_PATH', firefox: 'FIREFOX_PATH' };
const APT_PACKAGES = { chrome: 'chromium', firefox: 'firefox-esr' };

/** Paths of the browsers found now: `{ chrome, firefox }`, each a path or undefined. */
export function findBrowsers() {
  const found = {};
  for (const name of Object.keys(CANDIDATES)) {
    const fromEnv = process.env[ENV[name]];
    found[name] = fromEnv && existsSync(fromEnv) ? fromEnv : CANDIDATES[name].find((path) => existsSync(path));
  }
  return found;
}

function canApt() {
  return process.getuid?.() === 0 && existsSync('/usr/bin/apt-get') && existsSync('/etc/debian_version');
}

/** Makes sure both browsers exist, installing Debian's packages when we may. */
export function ensureBrowsers() {
  let found = findBrowsers();
  const missing = Object.keys(found).filter((name) => !found[name]);
  if (missing.length === 0) return found;
  const packages = missing.map((name) => APT_PACKAGES[name]);
  if (canApt()) {
    console.log(`Installing ${packages.join(' and ')} with apt-get…`);
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
    execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...packages], { stdio: 'inherit', env });
    found = findBrowsers();
  }
  const still = Object.keys(found).filter((name) => !found[name]);
  if (still.length) {
    console.error('The browser tests need Chromium and Firefox installed on this machine.');
    for (const name of still) {
      console.error(`- ${name === 'chrome' ? 'Chromium or Chrome' : 'Firefox (ESR or release)'}: on Debian/Ubuntu \`sudo apt-get install ${APT_PACKAGES[name]}\`; if it is elsewhere, set ${ENV[name]}=/path/to/the/binary`);
    }
    process.exit(1);
  }
  return found;
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const found = ensureBrowsers();
  console.log(`Chromium: ${found.chrome}\nFirefox: ${found.firefox}`);
}
