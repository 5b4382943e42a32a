#!/usr/bin/env node
// npm run test:wordpress: the plugin in a real WordPress. WordPress, PHP and MariaDB come
// from Debian's packages (installed with apt when missing and we are root on Debian);
// the test copies the packaged WordPress into a temporary folder with a wp-config.php of
// its own, starts a private MariaDB and PHP's built-in server there, installs the site,
// uploads dist/osms-widgets-wordpress.zip through Plugins → Add New → Upload Plugin in
// headless Chromium, activates it, creates pages with each shortcode and each block, and
// opens them as a visitor, in a block theme and a classic theme, with the site in
// English, Russian, Kazakh and German. It checks that the widgets speak the site's
// language, that a check can be completed, that no request leaves the site and nothing
// is stored, that the script is loaded once and only where used; and that the blocks
// work in the block editor. Nothing outside the temporary folder is changed (apart from
// the packages). Ends with `N passed, N failed`; with COUNTS_FILE, writes the counts.
/* global document, window, indexedDB -- used inside page.evaluate */
import puppeteer from 'puppeteer-core';
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { unzipSync } from 'fflate';
import { CHROMIUM_ARGS, findBrowsers } from './browsers.mjs';
import { buildWordPressZip } from './build-wordpress.mjs';
import { readXliff } from './xliff.mjs';
import { driveChecker, SAMPLE_PATH } from '../test/support/checker-driver.mjs';
import { scriptTests } from './script-tests.mjs';

const started = Date.now();
const { results, test, check, writeCounts } = scriptTests();
const counts = () => writeCounts();
const seconds = (since) => `${((Date.now() - since) / 1000).toFixed(1)} s`;

// ── The packages ────────────────────────────────────────────────────────────────────────
const WORDPRESS = '/usr/share/wordpress';
const NEEDED = [
  { what: 'WordPress', path: `${WORDPRESS}/wp-settings.php`, apt: 'wordpress' },
  {
    what: 'the block theme Twenty Twenty-Three',
    path: `${WORDPRESS}/wp-content/themes/twentytwentythree/theme.json`,
    apt: 'wordpress-theme-twentytwentythree',
  },
  {
    what: 'the classic theme Twenty Twenty-One',
    path: `${WORDPRESS}/wp-content/themes/twentytwentyone/functions.php`,
    apt: 'wordpress-theme-twentytwentyone',
  },
  { what: 'PHP', path: '/usr/bin/php', apt: 'php-cli' },
  { what: "PHP's MySQL driver", path: () => phpHasMysqli(), apt: 'php-mysql' },
  { what: 'MariaDB', path: '/usr/sbin/mariadbd', apt: 'mariadb-server' },
];
function phpHasMysqli() {
  return (
    existsSync('/usr/bin/php') && spawnSync('php', ['-r', 'exit(extension_loaded("mysqli") ? 0 : 1);']).status === 0
  );
}
const missingPackages = () => NEEDED.filter((n) => !(typeof n.path === 'function' ? n.path() : existsSync(n.path)));
const canApt = () => process.getuid?.() === 0 && existsSync('/usr/bin/apt-get') && existsSync('/etc/debian_version');

let missing = missingPackages();
if (missing.length && canApt()) {
  const packages = [...new Set(missing.map((n) => n.apt))];
  console.log(`▶ installing ${packages.join(', ')} with apt-get…`);
  const t = Date.now();
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  // Without recommends (translations, a mail server). Apache comes in as a dependency of
  // Debian's wordpress package but is left alone: PHP's own server serves the test site.
  execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...packages], { stdio: 'inherit', env });
  console.log(`  installed in ${seconds(t)}`);
  missing = missingPackages();
}
if (missing.length) {
  const packages = [...new Set(missing.map((n) => n.apt))];
  console.log(
    `WordPress tests NOT RUN: ${missing.map((n) => n.what).join(', ')} ${missing.length > 1 ? 'are' : 'is'} not installed` +
      ` and this user cannot install ${missing.length > 1 ? 'them' : 'it'}.` +
      ` On Debian/Ubuntu: sudo apt-get install --no-install-recommends ${packages.join(' ')}`,
  );
  writeCounts({ passed: 0, failed: 0, notRun: true });
  process.exit(0);
}

// ── The plugin's ZIP, built from dist/ as a release builds it ───────────────────────────
if (!existsSync('dist/osms-widgets.js')) {
  console.log('▶ build (dist/ missing)');
  execFileSync('node', ['scripts/build.mjs'], { stdio: 'inherit' });
}
const zip = buildWordPressZip();
const version = JSON.parse(readFileSync('package.json', 'utf8')).version;
const zipFiles = Object.keys(unzipSync(readFileSync(zip.path)));
const widgetFiles = new Set(
  zipFiles.filter((f) => f.startsWith('osms-widgets/assets/widgets/')).map((f) => f.split('/').pop()),
);
console.log(`▶ ${zip.path}: ${(zip.bytes / 1024).toFixed(1)} KB`);

/** The file the plugin should load, by the rule in includes/script.php, among the files the ZIP holds. */
function expectedFile(tags, lang) {
  const base = tags.length === 1 && widgetFiles.has(`${tags[0]}.js`) ? tags[0] : 'osms-widgets';
  return lang && widgetFiles.has(`${base}.${lang}.js`) ? `${base}.${lang}.js` : `${base}.js`;
}

/** Each widget's title in each language, from the XLIFF files (English is the source). */
const TITLE_IDS = {
  'coverage-checker': 'checker.title',
  'service-list': 'services.title',
  'exemption-list': 'exemptions.title',
};
const titles = { en: {}, kk: {}, ru: {} };
for (const lang of ['kk', 'ru']) {
  for (const unit of readXliff(`xliff/${lang}.xlf`).units) {
    for (const [tag, id] of Object.entries(TITLE_IDS)) {
      if (unit.id !== id) continue;
      titles.en[tag] = unit.source.trim();
      titles[lang][tag] = unit.target.trim();
    }
  }
}

// ── The site ────────────────────────────────────────────────────────────────────────────
const tmp = mkdtempSync(join(tmpdir(), 'osms-wordpress-'));
const root = join(tmp, 'wordpress');
const socket = join(tmp, 'mysqld.sock');
const logs = { debug: join(tmp, 'debug.log'), http: join(tmp, 'http.log') };
const children = [];
let browser;
let launching;

function freePort() {
  return new Promise((done, fail) => {
    const server = createServer();
    server.on('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => done(port));
    });
  });
}
async function waitFor(what, condition, ms = 20000) {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    if (await condition()) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${what}: not ready after ${ms / 1000} s`);
}
/** Starts a server in a process group of its own (PHP's server forks its workers into it). */
function start(command, args, env = {}) {
  const child = spawn(command, args, {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'ignore', 'pipe'],
    detached: true,
  });
  let stderr = '';
  child.stderr.on('data', (chunk) => (stderr = (stderr + chunk).slice(-4000)));
  children.push(child);
  return { child, stderr: () => stderr };
}
const sql = (statement) =>
  execFileSync('mariadb', ['--no-defaults', '-uroot', `--socket=${socket}`, '-N', '-e', statement], {
    encoding: 'utf8',
  });

/** Runs PHP with WordPress loaded (after `before`, e.g. a constant); returns what it prints. */
function wp(code, { before = '' } = {}) {
  const file = join(tmp, 'run.php');
  writeFileSync(
    file,
    `<?php\n${before}\nrequire ${JSON.stringify(join(root, 'wp-load.php'))};\nadd_filter('pre_wp_mail', '__return_false');\n${code}\n`,
  );
  const run = spawnSync('php', [file], { encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`PHP failed:\n${run.stdout}\n${run.stderr}\n${code}`);
  return run.stdout;
}

const port = await freePort();
const site = `http://127.0.0.1:${port}`;
const pluginPath = '/wp-content/plugins/osms-widgets/';

try {
  const setup = Date.now();
  // A copy of the packaged WordPress (its symbolic links followed) with a wp-config.php of
  // our own instead of Debian's, which reads /etc/wordpress/: the site lives and dies here.
  // Of WordPress's own translations (wordpress-l10n, where installed) only those of the
  // site languages used here.
  // MariaDB's system tables are made meanwhile, in a process of its own.
  const runAs = process.getuid?.() === 0 ? ['--user=root'] : [];
  const dbTables = spawn(
    'mariadb-install-db',
    [
      '--no-defaults',
      `--datadir=${join(tmp, 'db')}`,
      '--auth-root-authentication-method=normal',
      '--skip-test-db',
      ...runAs,
    ],
    { stdio: 'ignore' },
  );
  const dbTablesMade = new Promise((done, fail) =>
    dbTables.on('exit', (code) => (code === 0 ? done() : fail(new Error(`mariadb-install-db exited with ${code}`)))),
  );
  cpSync(WORDPRESS, root, {
    recursive: true,
    dereference: true,
    filter: (path) => !/\/wp-content\/languages\/.*\.(mo|po|json)$/.test(path) || /(ru_RU|de_DE)/.test(path),
  });
  await dbTablesMade;
  const db = start('/usr/sbin/mariadbd', [
    '--no-defaults',
    `--datadir=${join(tmp, 'db')}`,
    `--socket=${socket}`,
    `--pid-file=${join(tmp, 'mysqld.pid')}`,
    '--skip-networking',
    '--skip-log-bin',
    '--innodb-buffer-pool-size=32M',
    '--innodb-flush-log-at-trx-commit=0',
    ...runAs,
  ]);
  await waitFor(`MariaDB (${db.stderr()})`, () => existsSync(socket));
  await waitFor('MariaDB accepting connections', () => {
    try {
      sql('CREATE DATABASE wordpress CHARACTER SET utf8mb4');
      return true;
    } catch {
      return false;
    }
  });
  const keys = ['AUTH', 'SECURE_AUTH', 'LOGGED_IN', 'NONCE'].flatMap((k) => [`${k}_KEY`, `${k}_SALT`]);
  writeFileSync(
    join(root, 'wp-config.php'),
    `<?php
define('DB_NAME', 'wordpress');
define('DB_USER', 'root');
define('DB_PASSWORD', '');
define('DB_HOST', ${JSON.stringify(`localhost:${socket}`)});
define('DB_CHARSET', 'utf8mb4');
define('DB_COLLATE', '');
${keys.map((k) => `define('${k}', '${k.toLowerCase()}-${Math.random().toString(36).slice(2)}');`).join('\n')}
define('WP_HOME', '${site}');
define('WP_SITEURL', '${site}');
define('WP_DEBUG', true);
define('WP_DEBUG_DISPLAY', false);
define('WP_DEBUG_LOG', ${JSON.stringify(logs.debug)});
define('OSMS_TEST_HTTP_LOG', ${JSON.stringify(logs.http)});
// No internet here: WordPress's own update checks would only wait for timeouts.
define('WP_HTTP_BLOCK_EXTERNAL', true);
define('DISABLE_WP_CRON', true);
define('AUTOMATIC_UPDATER_DISABLED', true);
define('FS_METHOD', 'direct');
$table_prefix = 'wp_';
if (!defined('ABSPATH')) define('ABSPATH', __DIR__ . '/');
require_once ABSPATH . 'wp-settings.php';
`,
  );
  // Test scaffolding, not part of the plugin: every request WordPress's HTTP API is asked
  // to make, with the page that asked.
  mkdirSync(join(root, 'wp-content/mu-plugins'), { recursive: true });
  writeFileSync(
    join(root, 'wp-content/mu-plugins/record-http.php'),
    `<?php
add_filter('pre_http_request', function ($pre, $args, $url) {
  $during = isset($_SERVER['REQUEST_URI']) ? $_SERVER['REQUEST_URI'] : 'cli';
  file_put_contents(OSMS_TEST_HTTP_LOG, json_encode(array('url' => $url, 'during' => $during)) . "\\n", FILE_APPEND);
  return $pre;
}, 10, 3);
`,
  );
  // Chromium starts while WordPress installs; a failure to start is reported where it is awaited.
  launching = puppeteer.launch({ executablePath: findBrowsers().chrome, headless: true, args: CHROMIUM_ARGS });
  launching.catch(() => {});
  wp(
    `require_once ABSPATH . 'wp-admin/includes/upgrade.php';
wp_install('Clinic', 'admin', 'admin@example.invalid', false, '', 'admin-password');`,
    { before: "define('WP_INSTALLING', true);" },
  );
  const server = start('php', ['-S', `127.0.0.1:${port}`, '-t', root], { PHP_CLI_SERVER_WORKERS: '4' });
  await waitFor(`PHP's server (${server.stderr()})`, async () => {
    try {
      return (await fetch(`${site}/wp-login.php`)).ok;
    } catch {
      return false;
    }
  });
  const versions = JSON.parse(
    wp("global $wp_version; echo json_encode(array($wp_version, PHP_VERSION, $GLOBALS['wpdb']->db_server_info()));"),
  );
  console.log(`▶ WordPress ${versions[0]}, PHP ${versions[1]}, ${versions[2]} at ${site}, set up in ${seconds(setup)}`);

  browser = await launching;
  const admin = await browser.newPage();
  const adminErrors = [];
  admin.on('pageerror', (error) => adminErrors.push(String(error)));

  await test('the ZIP installs through Plugins → Add New → Upload Plugin and activates', async () => {
    await admin.goto(`${site}/wp-login.php`);
    // The login page focuses and selects the user name 200 ms after it loads: typing
    // before that, on a slow first run, sent the rest of the password into the user name.
    await admin.waitForFunction(() => document.activeElement?.id === 'user_login', { timeout: 5000 });
    await admin.type('#user_login', 'admin');
    await admin.type('#user_pass', 'admin-password');
    await Promise.all([admin.waitForNavigation(), admin.click('#wp-submit')]);
    check(new URL(admin.url()).pathname.startsWith('/wp-admin'), `the login failed: ${admin.url()}`);
    await admin.goto(`${site}/wp-admin/plugin-install.php?tab=upload`);
    const input = await admin.$('input[type="file"][name="pluginzip"]');
    check(input, `the upload form has no file input (${admin.url()})`);
    await input.uploadFile(resolve(zip.path));
    await Promise.all([admin.waitForNavigation({ timeout: 60000 }), admin.click('#install-plugin-submit')]);
    const activate = await admin.$('a[href*="action=activate"][href*="osms-widgets"]');
    check(
      activate,
      `no "Activate Plugin" after the upload: ${(await admin.evaluate(() => document.querySelector('#wpbody-content')?.innerText ?? '')).slice(0, 600)}`,
    );
    await Promise.all([admin.waitForNavigation(), activate.click()]);
    const row = await admin.evaluate(() => {
      const tr = document.querySelector('tr[data-slug="osms-widgets"]');
      return tr && { active: tr.classList.contains('active'), text: tr.innerText };
    });
    check(row?.active, `the plugin is not active on plugins.php: ${row?.text}`);
    check(row.text.includes(`Version ${version}`), `plugins.php does not show version ${version}: ${row.text}`);
    check(
      existsSync(join(root, 'wp-content/plugins/osms-widgets/osms-widgets.php')),
      'not installed in wp-content/plugins/osms-widgets/',
    );
  });

  await test('every PHP file of the plugin passes php -l', () => {
    const installed = join(root, 'wp-content/plugins/osms-widgets');
    const php = zipFiles.filter((f) => f.endsWith('.php')).map((f) => join(installed, f.slice('osms-widgets/'.length)));
    check(php.length >= 3, `only ${php.length} PHP files in the ZIP`);
    for (const file of php) {
      const lint = spawnSync('php', ['-l', file], { encoding: 'utf8' });
      check(lint.status === 0, `${file}: ${lint.stdout}${lint.stderr}`);
    }
  });

  // Each page: its content, and the widgets it shows.
  const PAGES = {
    shortcodes: {
      content: [
        '[coverage_checker heading-level="3" onclick="alert(1)" colour="red"]',
        '[service_list package="gobmp" view="compare" searchable rules_date="2026-11-26"]',
        '[exemption_list searchable="yes" checker-href="/?page_id=1#check" heading-level="7"]',
      ].join('\n\n'),
      tags: ['coverage-checker', 'service-list', 'exemption-list'],
    },
    blocks: {
      content: [
        '<!-- wp:osms-widgets/coverage-checker {"headingLevel":4} /-->',
        '<!-- wp:osms-widgets/service-list {"package":"osms","searchable":true} /-->',
        '<!-- wp:osms-widgets/exemption-list {"checkerHref":"javascript:alert(1)","rulesDate":"2026-11-26"} /-->',
      ].join('\n\n'),
      tags: ['coverage-checker', 'service-list', 'exemption-list'],
    },
    hostile: {
      content: `[exemption_list checker-href='" onmouseover="alert(1)' rules-date="2026-11-26<script>"] [service_list package="<b>" lang='"><script>alert(1)</script>' heading-level="2 onfocus=alert(1)"]`,
      tags: ['exemption-list', 'service-list'],
    },
    kazakhList: { content: '[service_list lang="kk-KZ"]', tags: ['service-list'] },
    twoLanguages: {
      content: '[service_list lang="kk"]\n\n[exemption_list lang="en"]',
      tags: ['service-list', 'exemption-list'],
    },
    plain: { content: '<!-- wp:paragraph --><p>Opening hours: 8:00–20:00.</p><!-- /wp:paragraph -->', tags: [] },
  };
  const ids = JSON.parse(
    wp(`$ids = array();
foreach (json_decode(${JSON.stringify(JSON.stringify(Object.fromEntries(Object.entries(PAGES).map(([k, p]) => [k, p.content]))))}, true) as $name => $content) {
  $ids[$name] = wp_insert_post(array('post_type' => 'page', 'post_status' => 'publish', 'post_title' => $name, 'post_content' => $content), true);
}
echo json_encode($ids);`),
  );
  const url = (name) => `${site}/?page_id=${ids[name]}`;

  const visitor = await browser.createBrowserContext();
  /** Opens a page as a visitor (no login); records every request and error. */
  async function visit(name, { acceptLanguage } = {}) {
    const page = await visitor.newPage();
    const requests = [];
    const errors = [];
    page.on('request', (request) => requests.push(request.url()));
    page.on('pageerror', (error) => errors.push(String(error)));
    if (acceptLanguage) {
      const cdp = await page.createCDPSession();
      await cdp.send('Emulation.setUserAgentOverride', { userAgent: await browser.userAgent(), acceptLanguage });
    }
    const response = await page.goto(url(name), { waitUntil: 'load' });
    check(response.ok(), `${url(name)}: HTTP ${response.status()}`);
    return { page, requests, errors };
  }

  /** What a visitor's page shows of the widgets and our script. */
  async function widgetsOn(page, tags) {
    if (tags.length)
      await page.waitForFunction(
        (tags) => tags.every((tag) => document.querySelector(tag)?.shadowRoot?.querySelector('[part~="heading"]')),
        { timeout: 15000 },
        tags,
      );
    return page.evaluate((path) => {
      const scripts = [...document.querySelectorAll('script[src]')].filter((s) => s.src.includes(path));
      return {
        htmlLang: document.documentElement.lang,
        scripts: scripts.map((s) => ({ src: s.src, type: s.type })),
        widgets: ['coverage-checker', 'service-list', 'exemption-list'].flatMap((tag) =>
          [...document.querySelectorAll(tag)].map((element) => {
            const heading = element.shadowRoot?.querySelector('[part~="heading"]');
            return {
              tag,
              attributes: Object.fromEntries([...element.attributes].map((a) => [a.name, a.value])),
              heading: heading?.textContent.replace(/\s+/g, ' ').trim(),
              headingTag: heading?.tagName,
              fallbackShown: Boolean(element.querySelector('a')?.getClientRects().length),
              table: Boolean(element.shadowRoot?.querySelector('table')),
              filter: Boolean(element.shadowRoot?.querySelector('input[type="search"], input[part~="input"]')),
            };
          }),
        ),
      };
    }, pluginPath);
  }

  /** The checks every page with widgets passes: language, one script of ours, nothing leaves the site. */
  async function checkPage(name, { lang, file, theme }) {
    const { page, requests, errors } = await visit(name);
    const shown = await widgetsOn(page, PAGES[name].tags);
    const where = `${name} page (${theme})`;
    check(
      shown.scripts.length === 1,
      `${where}: ${shown.scripts.length} script tags of ours: ${JSON.stringify(shown.scripts)}`,
    );
    const [script] = shown.scripts;
    check(script.type === 'module', `${where}: the script is not type="module"`);
    check(
      script.src === `${site}${pluginPath}assets/widgets/${file}?ver=${version}`,
      `${where}: loads ${script.src}, expected assets/widgets/${file}?ver=${version}`,
    );
    const ours = requests.filter((r) => r.includes(pluginPath));
    check(ours.length === 1, `${where}: ${ours.length} requests for our files: ${ours.join(', ')}`);
    const away = requests.filter((r) => !r.startsWith(`${site}/`) && !r.startsWith('data:'));
    check(away.length === 0, `${where}: requests leave the site: ${away.join(', ')}`);
    check(shown.widgets.length === PAGES[name].tags.length, `${where}: ${shown.widgets.length} widgets`);
    for (const widget of shown.widgets) {
      if (lang)
        check(
          widget.heading === titles[lang][widget.tag],
          `${where}: <${widget.tag}> says "${widget.heading}", not ${lang} "${titles[lang][widget.tag]}"`,
        );
      check(!widget.fallbackShown, `${where}: <${widget.tag}> still shows its fallback link`);
    }
    check(!errors.length, `${where}: ${errors.join('; ')}`);
    return { page, shown };
  }

  /** Drives the page's checker to its result, as a visitor clicks. */
  async function completeCheck(page) {
    const detail = await page.evaluate(driveChecker, await page.$('coverage-checker'), SAMPLE_PATH);
    check(detail?.status, `no result: ${JSON.stringify(detail)}`);
    const shown = await page.evaluate(() =>
      Boolean(document.querySelector('coverage-checker').shadowRoot.querySelector('[part~="result"]')),
    );
    check(shown, 'the result is not on screen');
    return detail;
  }

  /**
   * Sets the site's theme and language. The language is the WPLANG option, which
   * Settings → General writes; written directly, because that screen offers only the
   * languages whose translations are installed, and the plugin does not depend on them
   * (Debian has no Kazakh ones).
   */
  function configure(theme, locale) {
    const now = JSON.parse(
      wp(`global $wpdb;
switch_theme('${theme}');
delete_option('WPLANG');
$wpdb->insert($wpdb->options, array('option_name' => 'WPLANG', 'option_value' => '${locale}', 'autoload' => 'yes'));
wp_cache_delete('alloptions', 'options');
wp_cache_delete('notoptions', 'options');
unset($GLOBALS['locale']);
echo json_encode(array(get_stylesheet(), get_locale()));`),
    );
    check(
      now[0] === theme && now[1] === (locale || 'en_US'),
      `the site has ${now.join(', ')}, not ${theme}, ${locale}`,
    );
  }

  /** Each table's checksum. */
  const checksums = () =>
    Object.fromEntries(
      sql(
        `CHECKSUM TABLE ${sql('SHOW TABLES FROM wordpress')
          .trim()
          .split('\n')
          .map((t) => `wordpress.${t}`)
          .join(', ')}`,
      )
        .trim()
        .split('\n')
        .map((line) => line.split('\t')),
    );
  const changedTables = (before) =>
    Object.entries(checksums())
      .filter(([table, sum]) => before[table] !== sum)
      .map(([table]) => table);
  const httpLog = () =>
    existsSync(logs.http)
      ? readFileSync(logs.http, 'utf8')
          .trim()
          .split('\n')
          .filter(Boolean)
          .map((l) => JSON.parse(l))
      : [];

  // Site in English, a block theme.
  configure('twentytwentythree', '');
  await test('block theme, site in English: the shortcodes render in English from osms-widgets.en.js, once, and a check completes', async () => {
    const { page, shown } = await checkPage('shortcodes', {
      lang: 'en',
      file: expectedFile(PAGES.shortcodes.tags, 'en'),
      theme: 'Twenty Twenty-Three',
    });
    const [checker, services, exemptions] = shown.widgets;
    check(checker.headingTag === 'H3', `heading-level="3" gave ${checker.headingTag}`);
    check(
      JSON.stringify(Object.keys(checker.attributes)) === '["heading-level"]',
      `unknown shortcode attributes reached the checker: ${JSON.stringify(checker.attributes)}`,
    );
    check(
      services.attributes.package === 'gobmp' &&
        services.attributes.view === 'compare' &&
        'searchable' in services.attributes,
      `service list: ${JSON.stringify(services.attributes)}`,
    );
    check(services.attributes['rules-date'] === '2026-11-26', 'rules_date did not reach the service list');
    check(services.table && services.filter, 'the service list shows no compare table or no filter box');
    check(
      exemptions.attributes['checker-href'] === '/?page_id=1#check' && exemptions.attributes.searchable === '',
      `exemption list: ${JSON.stringify(exemptions.attributes)}`,
    );
    check(
      !('heading-level' in exemptions.attributes) && exemptions.headingTag === 'H2',
      'heading-level="7" was not left out',
    );
    const detail = await completeCheck(page);
    check(detail.status === 'not-insured', `the sample path gave ${detail.status}`);
    await page.close();
  });

  await test('a page without widgets loads nothing of ours', async () => {
    const { page, requests, errors } = await visit('plain');
    const shown = await widgetsOn(page, []);
    check(shown.scripts.length === 0, `script tags of ours: ${JSON.stringify(shown.scripts)}`);
    const ours = requests.filter((r) => r.includes(pluginPath));
    check(ours.length === 0, `requests for our files: ${ours.join(', ')}`);
    check(!errors.length, errors.join('; '));
    await page.close();
  });

  await test('a widget\'s lang fixes the language: [service_list lang="kk-KZ"] on an English site loads the Kazakh file', async () => {
    const { page } = await checkPage('kazakhList', {
      lang: 'kk',
      file: expectedFile(['service-list'], 'kk'),
      theme: 'Twenty Twenty-Three',
    });
    await page.close();
  });

  await test('two languages on one page load the all-languages file', async () => {
    const { page, shown } = await checkPage('twoLanguages', {
      file: expectedFile(PAGES.twoLanguages.tags, ''),
      theme: 'Twenty Twenty-Three',
    });
    const langs = shown.widgets.map((w) => w.attributes.lang).join(',');
    check(langs === 'kk,en', `lang attributes: ${langs}`);
    await page.close();
  });

  await test('hostile shortcode values never reach the page as markup: only known attributes, inert values', async () => {
    const html = await (await fetch(url('hostile'))).text();
    const elements = html.match(/<(exemption-list|service-list)\b[^>]*>/g) ?? [];
    check(elements.length === 2, `elements: ${elements.join(' ')}`);
    const allowed = ['searchable', 'checker-href', 'lang', 'heading-level', 'rules-date', 'package', 'view'];
    for (const element of elements) {
      const attributes = [...element.matchAll(/\s([^\s=>]+)(?:="([^"]*)")?/g)].map(([, name, value]) => ({
        name,
        value,
      }));
      for (const { name, value = '' } of attributes) {
        check(allowed.includes(name), `attribute ${name} got through: ${element}`);
        check(!/[<>"']/.test(value) && !/^\s*javascript:/i.test(value), `${name}="${value}" is not inert`);
      }
      const href = attributes.find((a) => a.name === 'checker-href')?.value;
      check(href === undefined || /^(https?:\/\/|\/)/.test(href), `checker-href="${href}"`);
      check(
        !attributes.some((a) => a.name === 'package' || a.name === 'heading-level' || a.name === 'lang'),
        `an invalid value got through: ${element}`,
      );
    }
    check(!/<script>alert|onmouseover="/.test(html), 'the hostile markup is in the page');
  });

  // Site in Russian, a classic theme.
  configure('twentytwentyone', 'ru_RU');
  await test('classic theme, site in Russian: the blocks render in Russian from osms-widgets.ru.js, and a check completes', async () => {
    const { page, shown } = await checkPage('blocks', {
      lang: 'ru',
      file: expectedFile(PAGES.blocks.tags, 'ru'),
      theme: 'Twenty Twenty-One',
    });
    const [checker, services, exemptions] = shown.widgets;
    check(checker.headingTag === 'H4', `headingLevel 4 gave ${checker.headingTag}`);
    check(
      checker.attributes.class === 'wp-block-osms-widgets-coverage-checker',
      `the block's class: ${checker.attributes.class}`,
    );
    check(
      services.attributes.package === 'osms' && 'searchable' in services.attributes,
      `service list: ${JSON.stringify(services.attributes)}`,
    );
    check(
      !('checker-href' in exemptions.attributes),
      `a javascript: URL got through: ${exemptions.attributes['checker-href']}`,
    );
    check(exemptions.attributes['rules-date'] === '2026-11-26', 'rulesDate did not reach the exemption list');
    await completeCheck(page);
    await page.close();
  });
  await test('classic theme, site in Russian: the shortcodes render in Russian too', async () => {
    const { page } = await checkPage('shortcodes', {
      lang: 'ru',
      file: expectedFile(PAGES.shortcodes.tags, 'ru'),
      theme: 'Twenty Twenty-One',
    });
    await page.close();
  });

  // Site in Kazakh.
  configure('twentytwentythree', 'kk');
  await test('site in Kazakh: the blocks and the shortcodes render in Kazakh from osms-widgets.kk.js, and a check completes', async () => {
    const blocks = await checkPage('blocks', {
      lang: 'kk',
      file: expectedFile(PAGES.blocks.tags, 'kk'),
      theme: 'Twenty Twenty-Three',
    });
    await completeCheck(blocks.page);
    await blocks.page.close();
    const shortcodes = await checkPage('shortcodes', {
      lang: 'kk',
      file: expectedFile(PAGES.shortcodes.tags, 'kk'),
      theme: 'Twenty Twenty-Three',
    });
    await shortcodes.page.close();
  });

  // Site in a language the widgets do not speak.
  configure('twentytwentythree', 'de_DE');
  await test("site in German: the all-languages file, and the widgets follow the visitor's browser (kk-KZ)", async () => {
    const { page, requests } = await visit('blocks', { acceptLanguage: 'kk-KZ,kk' });
    const shown = await widgetsOn(page, PAGES.blocks.tags);
    check(shown.htmlLang === 'de-DE', `<html lang="${shown.htmlLang}">`);
    check(
      shown.scripts.length === 1 &&
        shown.scripts[0].src.endsWith(`/assets/widgets/${expectedFile(PAGES.blocks.tags, '')}?ver=${version}`),
      `scripts: ${JSON.stringify(shown.scripts)}`,
    );
    for (const widget of shown.widgets)
      check(widget.heading === titles.kk[widget.tag], `<${widget.tag}> says "${widget.heading}"`);
    check(requests.filter((r) => r.includes(pluginPath)).length === 1, 'our script was requested more than once');
    await page.close();
  });

  await test('visitors leave nothing behind: no cookie, no storage, no database change, no outgoing request from PHP', async () => {
    const before = checksums();
    for (const name of ['shortcodes', 'blocks', 'plain']) {
      const { page } = await visit(name);
      if (name !== 'plain') await completeCheck((await widgetsOn(page, PAGES[name].tags), page));
      const stored = await page.evaluate(async () => ({
        cookie: document.cookie,
        local: localStorage.length,
        session: sessionStorage.length,
        databases: (await indexedDB.databases()).length,
      }));
      check(
        !stored.cookie && !stored.local && !stored.session && !stored.databases,
        `${name}: stored ${JSON.stringify(stored)}`,
      );
      const cookies = await page.cookies();
      check(cookies.length === 0, `${name}: cookies ${cookies.map((c) => c.name).join(', ')}`);
      await page.close();
    }
    const changed = changedTables(before);
    check(changed.length === 0, `the database changed while visitors used the pages: ${changed.join(', ')}`);
    const outgoing = httpLog().filter((r) => r.during.startsWith('/?page_id='));
    check(outgoing.length === 0, `PHP asked for ${outgoing.map((r) => r.url).join(', ')}`);
    const options = sql("SELECT option_name FROM wordpress.wp_options WHERE option_name LIKE '%osms%'").trim();
    check(options === '', `options stored: ${options}`);
  });

  await test('block editor: the three blocks are offered, a block previews live, its settings change it, and the page saves', async () => {
    await admin.goto(`${site}/wp-admin/post-new.php?post_type=page`);
    await admin.waitForFunction(
      () =>
        window.wp?.blocks?.getBlockType('osms-widgets/exemption-list') &&
        window.wp.data.select('core/editor').getCurrentPostId(),
      { timeout: 30000 },
    );
    const registered = await admin.evaluate(() =>
      ['coverage-checker', 'service-list', 'exemption-list'].map((tag) => {
        const type = window.wp.blocks.getBlockType(`osms-widgets/${tag}`);
        return { tag, title: type?.title, attributes: Object.keys(type?.attributes ?? {}) };
      }),
    );
    for (const block of registered)
      check(
        block.title && block.attributes.includes('lang') && block.attributes.includes('rulesDate'),
        `block ${JSON.stringify(block)}`,
      );
    await admin.evaluate(() => {
      if (window.wp.data.select('core/edit-post').isFeatureActive('welcomeGuide'))
        window.wp.data.dispatch('core/edit-post').toggleFeature('welcomeGuide');
      const block = window.wp.blocks.createBlock('osms-widgets/service-list', { package: 'gobmp' });
      window.wp.data.dispatch('core/block-editor').insertBlocks(block);
      window.wp.data.dispatch('core/block-editor').selectBlock(block.clientId);
      window.wp.data.dispatch('core/edit-post').openGeneralSidebar('edit-post/block');
    });
    await admin.waitForFunction(
      () =>
        document
          .querySelector('.wp-block-osms-widgets-service-list service-list')
          ?.shadowRoot?.querySelector('[part~="heading"]'),
      { timeout: 20000 },
    );
    await admin.waitForSelector('.block-editor-block-inspector select', { timeout: 10000 });
    const labels = await admin.$$eval('.block-editor-block-inspector label', (all) =>
      all.map((l) => l.textContent.trim()),
    );
    for (const label of ['Package', 'View', 'Filter box', 'Language', 'Heading level', 'Rules of the day'])
      check(labels.includes(label), `no "${label}" in the block's settings: ${labels.join(', ')}`);
    const view = await admin.$$eval(
      '.block-editor-block-inspector label',
      (all) => all.find((l) => l.textContent.trim() === 'View').htmlFor,
    );
    await admin.select(`#${view}`, 'compare');
    await admin.waitForFunction(
      () =>
        document
          .querySelector('.wp-block-osms-widgets-service-list service-list[view="compare"]')
          ?.shadowRoot?.querySelector('table'),
      { timeout: 20000 },
    );
    const id = await admin.evaluate(async () => {
      window.wp.data.dispatch('core/editor').editPost({ title: 'Editor page', status: 'publish' });
      await window.wp.data.dispatch('core/editor').savePost();
      return window.wp.data.select('core/editor').getCurrentPostId();
    });
    const saved = wp(`echo get_post(${Number(id)})->post_content;`);
    check(
      saved.includes('<!-- wp:osms-widgets/service-list {"package":"gobmp","view":"compare"} /-->'),
      `saved content: ${saved}`,
    );
    check(!adminErrors.length, `errors in the admin: ${adminErrors.join('; ')}`);
  });

  await test('uploading the ZIP again offers "Replace current with uploaded"; the plugin stays active and its pages work', async () => {
    await admin.goto(`${site}/wp-admin/plugin-install.php?tab=upload`);
    await (await admin.$('input[type="file"][name="pluginzip"]')).uploadFile(resolve(zip.path));
    await Promise.all([admin.waitForNavigation({ timeout: 60000 }), admin.click('#install-plugin-submit')]);
    const replace = await admin.$('a.update-from-upload-overwrite');
    check(replace, 'WordPress offers no "Replace current with uploaded"');
    await Promise.all([admin.waitForNavigation({ timeout: 60000 }), replace.click()]);
    await admin.goto(`${site}/wp-admin/plugins.php`);
    const active = await admin.evaluate(() =>
      document.querySelector('tr[data-slug="osms-widgets"]')?.classList.contains('active'),
    );
    check(active, 'the plugin is not active after the replacement');
    const { page } = await checkPage('shortcodes', {
      file: expectedFile(PAGES.shortcodes.tags, ''),
      theme: 'Twenty Twenty-Three',
    });
    await page.close();
  });

  await test('WordPress logged no PHP notice, warning or error from the plugin', () => {
    const log = existsSync(logs.debug) ? readFileSync(logs.debug, 'utf8') : '';
    const ours = log
      .split('\n')
      .filter((line) =>
        /plugins\/osms-widgets\/|osms-widgets\/(coverage-checker|service-list|exemption-list)|osms_widgets/.test(line),
      );
    check(ours.length === 0, ours.slice(0, 5).join('\n'));
  });
} catch (error) {
  results.failed++;
  console.log(`  ✗ setting up WordPress: ${String(error?.stack ?? error)}`);
} finally {
  browser ??= await launching?.catch(() => undefined);
  await browser?.close();
  // Stop what we started, the whole group of each, and wait until it has exited.
  for (const child of children.reverse()) {
    if (child.exitCode !== null || child.signalCode !== null) continue;
    const exited = new Promise((done) => child.once('exit', done));
    process.kill(-child.pid, 'SIGTERM');
    await Promise.race([exited, new Promise((done) => setTimeout(done, 10000))]);
  }
}

if (results.failed === 0) rmSync(tmp, { recursive: true, force: true });
else console.log(`  (the site is kept in ${tmp})`);
console.log(`\nWordPress tests took ${seconds(started)}`);
console.log(`${results.passed} passed, ${results.failed} failed`);
counts();
process.exit(results.failed ? 1 : 0);
